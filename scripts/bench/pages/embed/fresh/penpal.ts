import { requiredParam } from '../../shared/pageParams'
import { penpalHandshake } from '../handshakes/penpal'
import { reportFresh, scriptStart } from './reportFresh'

const host = requiredParam('host')
reportFresh(host, penpalHandshake(host, requiredParam('channel'), scriptStart()))
