/**
 * The feedback breakdown as a table that is also a bar chart: one row per
 * feedback term, grouped by mechanism, with what it restrains, a bar of its
 * share of the day's suppression (a tick marks its share in the healthy
 * baseline) and the numbers. Screen readers read the table; the bars are
 * decoration. Props in.
 */
import type { FeedbackBreakdown, FeedbackGroupId } from '../../core/analysis/feedback-breakdown';

/** One colour per mechanism (Okabe–Ito), so bars of a group read together. */
export const GROUP_COLORS: Readonly<Record<FeedbackGroupId, string>> = {
  androgen: '#0072B2',
  estrogen: '#CC79A7',
  inhibin: '#009E73',
  receptor: '#D55E00',
};

const percent = (x: number): string => `${Math.round(x * 100)}%`;

export function FeedbackBars({ breakdown, caption }: { readonly breakdown: FeedbackBreakdown; readonly caption: string }) {
  return (
    <table className="why-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Feedback</th>
          <th scope="col">Restrains</th>
          <th scope="col" className="why-bar-col">Share of the suppression</th>
          <th scope="col" className="num">Now</th>
          <th scope="col" className="num">Healthy baseline</th>
        </tr>
      </thead>
      <tbody>
        {breakdown.groups.map((group) => {
          const members = breakdown.contributions.filter((c) => c.group === group.id);
          return members.map((c, k) => (
            <tr key={c.id} className={k === 0 ? 'why-group-start' : undefined} data-term={c.id}>
              <th scope="row">
                <span className="why-swatch" style={{ background: GROUP_COLORS[group.id] }} aria-hidden="true" />
                {c.label}
              </th>
              <td>{c.target}</td>
              <td className="why-bar-col">
                <span className="why-bar-track" aria-hidden="true">
                  <span className="why-bar" style={{ width: `${Math.min(100, c.share * 100)}%`, background: GROUP_COLORS[group.id] }} />
                  <span className="why-bar-baseline" style={{ left: `${Math.min(100, c.baselineShare * 100)}%` }} />
                </span>
              </td>
              <td className="num">{percent(c.share)}</td>
              <td className="num">{percent(c.baselineShare)}</td>
            </tr>
          ));
        })}
      </tbody>
    </table>
  );
}
