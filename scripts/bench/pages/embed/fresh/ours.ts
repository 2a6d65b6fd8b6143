import { requiredParam } from '../../shared/pageParams'
import { oursHandshake } from '../handshakes/ours'
import { reportFresh, scriptStart } from './reportFresh'

const host = requiredParam('host')
reportFresh(host, oursHandshake(host, scriptStart()))
