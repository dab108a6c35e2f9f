/** Every agent module of the male HPG model, by id. */
import type { AgentId } from '../model/ids';
import type { AgentModule } from './agent-module';
import { TESTOSTERONE_CYPIONATE } from './testosterone-cypionate';
import { TESTOSTERONE_PELLET } from './testosterone-pellet';
import { TESTOSTERONE_GEL } from './testosterone-gel';
import { GONADORELIN } from './gonadorelin';
import { GNRH_AGONIST } from './gnrh-agonist';
import { GNRH_ANTAGONIST } from './gnrh-antagonist';
import { CLOMIPHENE } from './clomiphene';
import { ENCLOMIPHENE } from './enclomiphene';
import { TAMOXIFEN } from './tamoxifen';
import { ANASTROZOLE } from './anastrozole';
import { HCG } from './hcg';

/** Agent modules by id. */
export const AGENT_MODULES: Readonly<Record<AgentId, AgentModule>> = {
  'testosterone-cypionate': TESTOSTERONE_CYPIONATE,
  'testosterone-pellet': TESTOSTERONE_PELLET,
  'testosterone-gel': TESTOSTERONE_GEL,
  gonadorelin: GONADORELIN,
  'gnrh-agonist': GNRH_AGONIST,
  'gnrh-antagonist': GNRH_ANTAGONIST,
  clomiphene: CLOMIPHENE,
  enclomiphene: ENCLOMIPHENE,
  tamoxifen: TAMOXIFEN,
  anastrozole: ANASTROZOLE,
  hcg: HCG,
};

export type { AgentModule, AgentInstance, AgentSignals } from './agent-module';
