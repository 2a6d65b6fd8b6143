import { ANALYTICS_PREFIX } from './constants'
import type { AnalyticsEventName, TicketEmbedContext } from './types'

/** The full analytics event name, e.g. `[Qontak One] [Customer] Create Ticket Embed Created`. */
export function analyticsEventName(name: AnalyticsEventName): string {
  return ANALYTICS_PREFIX + name
}

/** Properties of each analytics event (DESIGN §5), built from the machine's context only. */
export function analyticsProps(
  name: AnalyticsEventName,
  context: TicketEmbedContext,
  now: number = Date.now(),
): Record<string, string | number | null> {
  const contact_id = String(context.customer.qontakCustomerId)
  const ticket_id = context.ticket?.ticketId ?? null
  switch (name) {
    case 'Created':
      return { contact_id, ticket_id, pipeline_id: context.ticket?.pipelineId ?? null }
    case 'Associate Failed':
      return {
        contact_id,
        ticket_id,
        reason: context.associateFailure?.status !== undefined
          ? `http-${context.associateFailure.status}`
          : (context.associateFailure?.message ?? 'unknown'),
      }
    case 'Ready':
      return { contact_id, ms: context.loadStartedAt === null ? null : Math.max(0, now - context.loadStartedAt) }
    case 'Error':
      return { contact_id, error_code: context.error?.reason === 'embed' ? context.error.code : 'TIMEOUT' }
    default:
      return { contact_id }
  }
}
