/** Loop-diagram edges come from the declared feedback terms. */
import { describe, expect, it } from 'vitest';
import { edgeKey, feedbackEdges } from '../../../src/core/analysis/feedback-edges';

describe('feedbackEdges', () => {
  it('male-hpg: T at the hypothalamus and (on FSH) the pituitary, E2 at both, inhibin B at the pituitary', () => {
    const keys = feedbackEdges('male-hpg').map((e) => edgeKey(e.from, e.site)).sort();
    // GnRH restrains its own receptor too (desensitization, lost priming): declared, though the diagram has no arrow for it.
    expect(keys).toEqual(['estradiol@hypothalamus', 'estradiol@pituitary', 'gnrh@pituitary', 'inhibinB@pituitary', 'testosterone@hypothalamus', 'testosterone@pituitary']);
    expect(feedbackEdges('male-hpg').find((e) => e.from === 'estradiol' && e.site === 'pituitary')!.targets).toEqual(['LH', 'FSH']);
    expect(feedbackEdges('male-hpg').find((e) => e.from === 'testosterone' && e.site === 'pituitary')!.targets).toEqual(['FSH']);
  });
  it('smith-1980: testosterone on GnRH only', () => {
    expect(feedbackEdges('smith-1980').map((e) => edgeKey(e.from, e.site))).toEqual(['testosterone@hypothalamus']);
  });
});
