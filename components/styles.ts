/**
 * The few layout styles the components need, inline: the package ships no stylesheet, so a host
 * that only runs pixel3's Panda CSS still gets a usable layout.
 */

/** Hidden on screen, still read by screen readers (status lines). */
export const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  padding: '0',
  margin: '-1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: '0',
} as const

/** A header row: back or menu button, then the title. */
export const headerRow = { display: 'flex', alignItems: 'center', gap: '8px' } as const

/** A list without bullets. */
export const plainList = { listStyle: 'none', margin: '0', padding: '0', display: 'grid', gap: '8px' } as const

/** A list row: text on the left, an action on the right. */
export const listRow = { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: '8px' } as const
