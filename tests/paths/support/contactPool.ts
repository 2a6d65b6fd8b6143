import { DEMO_SEED } from '../../../demo/api/seed'

/** The seeded contacts the paths run on: as many paths run at once as there are. */
export const PATH_CONTACTS: readonly string[] = DEMO_SEED.contacts.map((contact) => contact.id)

/**
 * The seeded contacts paths run on, one path per contact at a time: a path holds its contact's
 * link and refresh requests, so two paths on one contact would answer each other's.
 */
export class ContactPool {
  private readonly free: string[]
  private readonly waiting: ((contactId: string) => void)[] = []

  constructor(contactIds: readonly string[]) {
    this.free = [...contactIds]
  }

  /** A free contact, waiting for one when all are in use. */
  acquire(): Promise<string> {
    const contactId = this.free.shift()
    if (contactId !== undefined) return Promise.resolve(contactId)
    return new Promise((resolve) => this.waiting.push(resolve))
  }

  release(contactId: string): void {
    const next = this.waiting.shift()
    if (next) next(contactId)
    else this.free.push(contactId)
  }
}
