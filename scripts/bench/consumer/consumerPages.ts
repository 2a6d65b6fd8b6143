/** The pages of examples/host-app that `npm run bench:size` builds one by one. */
export interface ConsumerPage {
  /** `HOST_APP_PAGE` of the build. */
  id: string
  label: string
}

export const CONSUMER_PAGES: readonly ConsumerPage[] = [
  { id: 'baseline-core', label: 'baseline page: Vue + Pinia + XState (+ useSelector), no ticket-embed' },
  { id: 'composable', label: 'composable-only page: useTicketEmbed + createCrmClient, own markup (ticket-embed)' },
  { id: 'child', label: 'child-only page: createEmbedChild (ticket-embed/child)' },
  { id: 'baseline-pixel3', label: "baseline page: the pixel3 components the section uses, pixel3's CSS" },
  { id: 'index', label: 'full Tickets section page (ticket-embed/pixel3, plugin, host stores)' },
]

/** Budgets of issue 10, in gzip bytes: the composable page over the baseline, and the child page. */
export const COMPOSABLE_OVER_BASELINE_BUDGET = 7_000
export const CHILD_PAGE_BUDGET = 2_000
