/**
 * The tiny network's data and loss (lesson 6), apart from the lesson's specs so that the other
 * figures of the lesson do not load the data sets and the network with them.
 */
import { DATASETS } from '../../optim/twoClass.ts';
import { tinyNet, type TinyNet } from '../../optim/tinyNet.ts';
import type { Dataset } from '../../optim/types.ts';
import { NET_DATA_SEED, NET_DATASETS, NET_EXAMPLES } from './beyond-descent/shared.ts';

/** The network figure's data set by id (the same points in prose, figure and tests). */
function netData(id: string): Dataset {
  const key = (NET_DATASETS as readonly string[]).includes(id) ? (id as (typeof NET_DATASETS)[number]) : 'xor';
  return DATASETS[key].generate({ n: NET_EXAMPLES, seed: NET_DATA_SEED });
}

/** The network's loss over a data set. */
export function netObjective(id: string, hidden: number): TinyNet {
  return tinyNet(netData(id), { hidden });
}
