import { requiredParam } from '../../shared/pageParams'
import { rawHandshake } from '../handshakes/raw'
import { reportFresh, scriptStart } from './reportFresh'

const host = requiredParam('host')
reportFresh(host, rawHandshake(host, scriptStart()))
