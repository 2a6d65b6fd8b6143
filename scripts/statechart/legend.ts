import { ACTION_GLOSSARY, EVENT_GLOSSARY, GUARD_GLOSSARY } from './glossary'
import { drawnStates, type Statechart } from './statechart'

/** What the legend prints for a name the glossary does not know; the statechart test fails on it. */
export const UNDESCRIBED = '_(not described yet: add it to scripts/statechart/glossary.ts)_'

const unique = <T>(items: readonly T[]) => [...new Set(items)]

/** The glossary key of an edge's event: `after readyTimeout` for delays, else the printed event. */
export const eventKey = (edge: Statechart['edges'][number]) => (edge.delay ? `after ${edge.delay.name}` : edge.event)

/** Guard names inside a guard text such as `isTrusted && needsFallbackAssociation`. */
export const guardNames = (guard: string) => guard.split(/[^A-Za-z0-9_]+/).filter(Boolean)

/** Action names without their parameters: `track(Created)` → `track`. */
export const actionName = (action: string) => action.replace(/\(.*\)$/, '')

/** Every event, guard and action of the chart with its plain-words meaning. */
export function legendEntries(chart: Statechart) {
  const entryActions = drawnStates(chart).flatMap((state) => state.entry)
  const events = unique(chart.edges.map(eventKey))
  const guards = unique(chart.edges.flatMap((edge) => (edge.guard ? guardNames(edge.guard) : [])))
  const actions = unique([...chart.edges.flatMap((edge) => edge.actions), ...entryActions].map(actionName))
  return {
    events: events.map((name) => ({ name, meaning: EVENT_GLOSSARY[name] ?? UNDESCRIBED })),
    guards: guards.map((name) => ({ name, meaning: GUARD_GLOSSARY[name] ?? UNDESCRIBED })),
    actions: actions.map((name) => ({ name, meaning: ACTION_GLOSSARY[name] ?? UNDESCRIBED })),
  }
}

const table = (heading: string, rows: { name: string; meaning: string }[]) => [
  `| ${heading} | meaning |`,
  '|---|---|',
  ...rows.map((row) => `| \`${row.name}\` | ${row.meaning.replace(/\|/g, '\\|')} |`),
]

/** The legend below the diagram, as Markdown. */
export function renderLegend(chart: Statechart): string {
  const { events, guards, actions } = legendEntries(chart)
  return [
    '## Legend',
    '',
    '### Events',
    '',
    ...table('event', events),
    '',
    '### Guards',
    '',
    ...table('guard', guards),
    '',
    '### Actions',
    '',
    ...table('action', actions),
    '',
  ].join('\n')
}
