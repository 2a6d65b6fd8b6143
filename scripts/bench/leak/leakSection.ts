import { type BenchSection, goalRow, infoRow } from '../report/benchSection'
import { bytes, grouped } from '../report/format'
import type { LeakResults } from './measureLeak'

const ONE_MB = 1_000_000

/** The leak rows: listeners back to their baseline, no timers or actors left, heap growth. */
export function leakSection(results: LeakResults): BenchSection {
  const { messageListeners: m, allListeners: all, pendingTimers: timers } = results
  const growth = results.heapBytes.after - results.heapBytes.before
  const rows = [
    infoRow(`cycles (open → ready → close → hidden, close grace over)`, grouped(results.cycles)),
    infoRow('window `message` listeners: before mount / mounted / open', `${m.beforeMount} / ${m.mounted} / ${m.open}`),
    goalRow('window `message` listeners after the cycles', String(m.afterCycles), `= ${m.mounted} (mounted, closed)`, m.afterCycles === m.mounted),
    goalRow('window `message` listeners after unmount', String(m.afterUnmount), `= ${m.beforeMount} (before mount)`, m.afterUnmount === m.beforeMount),
    goalRow('window listeners of any type after unmount', String(all.afterUnmount), `= ${all.beforeMount} (before mount)`, all.afterUnmount === all.beforeMount),
    goalRow('pending timers after the cycles / after unmount', `${timers.afterCycles} / ${timers.afterUnmount}`, '0 / 0', timers.afterCycles === 0 && timers.afterUnmount === 0),
    goalRow('live child actors after the cycles', String(results.liveChildActors), '0', results.liveChildActors === 0),
    goalRow('panel actor after unmount', results.actorStatusAfterUnmount ?? 'never started', 'stopped', results.actorStatusAfterUnmount === 'stopped'),
    infoRow('JS heap after GC: before / after the cycles', `${bytes(results.heapBytes.before)} / ${bytes(results.heapBytes.after)}`),
    goalRow('JS heap growth after GC', bytes(growth), '< 1 000 000 B', growth < ONE_MB),
  ]
  const notes: string[] = []
  if (growth >= ONE_MB) notes.push(`the heap grew by ${bytes(growth)} over ${grouped(results.cycles)} cycles (${bytes(growth / results.cycles)} per cycle).`)
  return { title: 'leak', rows, notes }
}
