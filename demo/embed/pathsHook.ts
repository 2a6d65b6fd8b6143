import type { CrmClient } from '../../api'
import { createEmbedChild, type EmbedChild } from '../../child'
import type { TicketForm } from './ticketForm'

/**
 * The statechart path runner's handle on the reference embed (`npm run test:paths`). Off unless the
 * test sets `window.__TICKET_EMBED_PATHS__ = true` before the page loads: the form then waits to be
 * told when to announce itself, and every message the runner asks for is posted by this frame,
 * through the child SDK whenever the SDK can send it. Nothing here runs in a normal demo.
 */

/** What the runner calls inside the embed frame (`window.__ticketEmbedPaths`). */
export interface EmbedPathsHook {
  /**
   * Posts a wire message from this frame. `EMBED_READY` starts a new SDK session (the SDK announces
   * itself); the others go through the SDK's sender once `EMBED_INIT` arrived, and straight to
   * `window.parent` at the host's exact origin before that (the form before it announced, or out of
   * sight before it was shown). Resolves with the way it went.
   */
  send(message: { type: string } & Record<string, unknown>): Promise<'sdk' | 'direct'>
  /** Posts `data` as it is to the host's exact origin, e.g. a message with another version. */
  postRaw(data: unknown): void
  /** Creates a real ticket in the CRM for the panel's customer, as the form's submit would. */
  createTicket(autoAssociate: boolean): Promise<{ ticketId: string; pipelineId: string | null }>
}

declare global {
  interface Window {
    __TICKET_EMBED_PATHS__?: boolean
    __ticketEmbedPaths?: EmbedPathsHook
  }
}

/** True when the path runner asked for the hook. */
export function pathsHookRequested(win: Window): boolean {
  return win.__TICKET_EMBED_PATHS__ === true
}

type Sender = (child: EmbedChild, message: Record<string, unknown>) => boolean

/** The SDK call for each message the embed sends; a type missing here fails loudly. */
export const SDK_SENDERS: Readonly<Record<string, Sender>> = {
  TICKET_CREATE_STARTED: (child) => child.createStarted(),
  TICKET_CREATED: (child, m) =>
    child.ticketCreated({
      ticketId: m.ticketId as string,
      pipelineId: m.pipelineId as string | null | undefined,
      isAutoAssociated: m.isAutoAssociated as boolean | undefined,
      ...(typeof m.subject === 'string' ? { subject: m.subject } : {}),
    }),
  TICKET_CREATE_ERROR: (child, m) =>
    child.createError({ errorCode: m.errorCode as string, ...(m.errorMessage === undefined ? {} : { errorMessage: m.errorMessage as string }) }),
  EMBED_CLOSE: (child, m) => child.close(m.reason as string | undefined),
  EMBED_RESIZE: (child, m) => child.resize(m.height as number),
}

/** Installs `window.__ticketEmbedPaths` for the form in `win`. */
export function installPathsHook(win: Window, form: TicketForm, crm: CrmClient, hostOrigin: string): void {
  let child: EmbedChild | null = null
  const postRaw = (data: unknown) => win.parent.postMessage(data, hostOrigin)

  win.__ticketEmbedPaths = {
    async send(message) {
      if (message.type === 'EMBED_READY') {
        child?.destroy()
        // A ready that says `canReset` comes from a form that empties itself on the next EMBED_INIT.
        child = createEmbedChild({
          allowedParentOrigins: [hostOrigin],
          ...(message.canReset === true ? { onReset: (init) => form.startAfresh(init) } : {}),
        })
        form.attach(child)
        return 'sdk'
      }
      const sender = SDK_SENDERS[message.type]
      if (!sender) throw new Error(`the reference embed has no SDK call for ${message.type}: add one to demo/embed/pathsHook.ts`)
      // No SDK session, or one the host has not initialised yet (a form loaded out of sight gets
      // EMBED_INIT only when shown, and the SDK sends nothing before it): straight to the host.
      if (child === null || child.init === null) {
        postRaw(message)
        return 'direct'
      }
      if (!sender(child, message)) throw new Error(`the child SDK refused to send ${JSON.stringify(message)}`)
      return 'sdk'
    },
    postRaw,
    async createTicket(autoAssociate) {
      const contactId = child?.init?.qontakCustomerId
      if (!contactId) throw new Error('no customer yet: the host has not sent EMBED_INIT')
      const pipelines = await crm.listPipelines()
      const { ticket } = await crm.createTicket({
        subject: 'Created by a statechart path',
        description: '',
        priority: 'medium',
        pipelineId: pipelines[0]?.id ?? null,
        contactId,
        autoAssociate,
      })
      return { ticketId: ticket.id, pipelineId: ticket.pipelineId }
    },
  }
}
