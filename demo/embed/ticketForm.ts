import type { CrmClient, TicketPriority } from '../../api'
import { isTicketPriority } from '../../api'
import type { EmbedChild, EmbedInitMessage } from '../../child'
import { describeCreateFailure } from './describeCreateFailure'

/** The create-ticket form of the reference embed. */
export interface TicketForm {
  /** A line in place of the customer, while the form is not talking to a host yet. */
  showNotice(text: string): void
  /** Connects the form to the host; it unlocks when `EMBED_INIT` names the customer. */
  attach(child: EmbedChild): void
  /** The host starts the next ticket in this loaded form (`onReset` of the child SDK): empty, then the customer. */
  startAfresh(init: EmbedInitMessage): void
}

function byId<T extends HTMLElement>(doc: Document, id: string): T {
  const element = doc.getElementById(id)
  if (!element) throw new Error(`the embed page has no #${id}`)
  return element as T
}

/** Extra fields go into the description: the stand-in CRM keeps subject, description, priority, pipeline. */
function withDetails(description: string, details: Record<string, string>): string {
  const lines = Object.entries(details)
    .filter(([, value]) => value.trim() !== '')
    .map(([label, value]) => `${label}: ${value.trim()}`)
  return [description.trim(), ...lines].filter((part) => part !== '').join('\n')
}

/**
 * Wires the static form of `index.html`: pipelines from `GET /v1/pipelines`, the customer from
 * `EMBED_INIT`, `TICKET_CREATE_STARTED` and `POST /v1/tickets` on submit, then `TICKET_CREATED` or
 * `TICKET_CREATE_ERROR`.
 * Everything the host sent is shown with `textContent`: it is data, never markup.
 */
export function mountTicketForm(doc: Document, crm: CrmClient): TicketForm {
  const form = byId<HTMLFormElement>(doc, 'ticket-form')
  const fields = byId<HTMLFieldSetElement>(doc, 'fields')
  const customer = byId<HTMLParagraphElement>(doc, 'customer')
  const subject = byId<HTMLInputElement>(doc, 'subject')
  const subjectError = byId<HTMLParagraphElement>(doc, 'subject-error')
  const description = byId<HTMLTextAreaElement>(doc, 'description')
  const priority = byId<HTMLSelectElement>(doc, 'priority')
  const pipeline = byId<HTMLSelectElement>(doc, 'pipeline')
  const detailsToggle = byId<HTMLButtonElement>(doc, 'details-toggle')
  const details = byId<HTMLDivElement>(doc, 'details')
  const formError = byId<HTMLParagraphElement>(doc, 'form-error')
  const submit = byId<HTMLButtonElement>(doc, 'submit')
  const cancel = byId<HTMLButtonElement>(doc, 'cancel')
  let child: EmbedChild | null = null
  let customerId: string | null = null
  // `form.reset()` would fall back to "No pipeline": a new ticket starts with the first one again.
  let firstPipeline = ''

  void crm.listPipelines().then(
    (pipelines) => {
      pipeline.replaceChildren(new Option('No pipeline', ''), ...pipelines.map((p) => new Option(p.name, p.id)))
      if (pipelines[0]) pipeline.value = firstPipeline = pipelines[0].id
    },
    () => pipeline.replaceChildren(new Option('Pipelines unavailable', '')),
  )

  // The description grows with its text, and with it the page: the host follows via EMBED_RESIZE.
  const grow = () => {
    description.style.height = 'auto'
    description.style.height = `${description.scrollHeight + 2}px`
  }
  description.addEventListener('input', grow)

  detailsToggle.addEventListener('click', () => {
    const open = details.hidden
    details.hidden = !open
    detailsToggle.setAttribute('aria-expanded', String(open))
    detailsToggle.textContent = open ? '− Hide details' : '+ Add details'
  })

  subject.addEventListener('input', () => {
    subjectError.hidden = true
    subject.removeAttribute('aria-invalid')
  })

  function showCustomer(init: EmbedInitMessage) {
    customerId = init.qontakCustomerId
    const name = doc.createElement('strong')
    name.textContent = init.contactName || 'Customer'
    const extra = [init.qontakCustomerId, init.contactPhone, init.contactEmail].filter(Boolean).join(' · ')
    customer.replaceChildren('For ', name, extra ? ` · ${extra}` : '')
    customer.dataset.customerId = init.qontakCustomerId
    fields.disabled = false
    subject.focus()
  }

  function setBusy(busy: boolean) {
    submit.disabled = busy
    cancel.disabled = busy
    submit.textContent = busy ? 'Creating…' : 'Create ticket'
    form.setAttribute('aria-busy', String(busy))
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    if (!child || customerId === null || submit.disabled) return
    const title = subject.value.trim()
    if (title === '') {
      subjectError.hidden = false
      subject.setAttribute('aria-invalid', 'true')
      subject.focus()
      return
    }
    formError.hidden = true
    setBusy(true)
    const chosen: TicketPriority = isTicketPriority(priority.value) ? priority.value : 'medium'
    const text = withDetails(description.value, {
      Category: byId<HTMLSelectElement>(doc, 'category').value,
      'Due date': byId<HTMLInputElement>(doc, 'due-date').value,
      Reference: byId<HTMLInputElement>(doc, 'reference').value,
    })
    const sender = child
    // Said before the request leaves: if the agent closes the panel now, the host waits for the answer.
    sender.createStarted()
    crm
      .createTicket({ subject: title, description: text, priority: chosen, pipelineId: pipeline.value || null, contactId: customerId })
      .then(
        ({ ticket, isAutoAssociated }) => {
          // Stays locked: the host closes the panel, and a second click must not create a twin.
          customer.textContent = `Ticket ${ticket.id} created.`
          // No customer until the host starts the next ticket (a new EMBED_INIT, if it keeps this form).
          delete customer.dataset.customerId
          submit.textContent = 'Created'
          fields.disabled = true
          sender.ticketCreated({ ticketId: ticket.id, pipelineId: ticket.pipelineId, isAutoAssociated, subject: ticket.subject })
        },
        (error: unknown) => {
          const failure = describeCreateFailure(error)
          formError.textContent = failure.errorMessage ?? 'The ticket could not be created.'
          formError.hidden = false
          sender.createError(failure)
          setBusy(false)
        },
      )
  })

  cancel.addEventListener('click', () => child?.close('cancelled'))
  // Keys pressed in this frame never reach the host page: Escape is forwarded as EMBED_CLOSE.
  doc.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') child?.close('escape')
  })

  return {
    showNotice(text) {
      customer.textContent = text
    },
    attach(embedChild) {
      child = embedChild
      void embedChild.ready.then(showCustomer)
    },
    startAfresh(init) {
      form.reset()
      pipeline.value = firstPipeline
      grow()
      details.hidden = true
      detailsToggle.setAttribute('aria-expanded', 'false')
      detailsToggle.textContent = '+ Add details'
      subjectError.hidden = true
      subject.removeAttribute('aria-invalid')
      formError.hidden = true
      setBusy(false)
      showCustomer(init)
    },
  }
}
