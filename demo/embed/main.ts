/**
 * The reference CRM embed: the create-ticket form a CRM would serve at `/embed/ticket/create`,
 * speaking the contract through `ticket-embed/child`. It reads the dev drawer's "embed behaviour"
 * once, on load, from the stand-in API.
 */
import './embed.css'
import { createCrmClient } from '../../api'
import { createEmbedChild } from '../../child'
import { demoConfig } from '../shared/demoConfig'
import { wireContractChecks } from './contractChecks'
import { installPathsHook, pathsHookRequested } from './pathsHook'
import { readBehaviour } from './readBehaviour'
import { mountTicketForm } from './ticketForm'

const crm = createCrmClient({ baseUrl: demoConfig.api })
const form = mountTicketForm(document, crm)
wireContractChecks(document, demoConfig.hostOrigin)

async function announce(): Promise<void> {
  const behaviour = await readBehaviour(demoConfig.api)
  if (behaviour.embedReady === 'never') {
    form.showNotice('This form is set never to say EMBED_READY (dev drawer: "Never ready").')
    return
  }
  if (behaviour.embedReady === 'slow') {
    form.showNotice(`Starting slowly: EMBED_READY in ${behaviour.slowReadyMs} ms…`)
    await new Promise((resolve) => setTimeout(resolve, behaviour.slowReadyMs))
  }
  const child = createEmbedChild({
    allowedParentOrigins: [demoConfig.hostOrigin, ...(demoConfig.trustedHostOrigins ?? [])],
    autoResize: true,
    // The host may keep this form for the next ticket: it sends a new EMBED_INIT, and the form empties.
    onReset: (init) => form.startAfresh(init),
    onReject: (reason, event) => console.debug(`[embed] ignored a message from ${event.origin}: ${reason}`),
  })
  form.attach(child)
}

// The statechart path runner announces the form itself, one step at a time.
if (pathsHookRequested(window)) installPathsHook(window, form, crm, demoConfig.hostOrigin)
else void announce()
