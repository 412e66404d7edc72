import type { SettlementLine } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { DateTime, Money } from './ui.tsx';

/** Who receives what, from whom: one row per movement, then the totals. */
export function SettlementTable({
  lines,
  currency,
  buyerRefund,
  sellerRelease,
  caption,
}: {
  lines: (SettlementLine & { upTo?: boolean })[];
  currency: string;
  buyerRefund?: number | undefined;
  sellerRelease?: number | undefined;
  caption: string;
}) {
  const { m } = useI18n();
  return (
    <table className="settlement">
      <caption>{caption}</caption>
      <tbody>
        {lines.map((l, i) => (
          <tr key={`${l.kind}-${i}`}>
            <th scope="row">
              {m.settlement.kinds[l.kind] ?? l.kind}
              <small>
                {m.settlement.line(
                  m.waitingOn[l.to] ?? l.to,
                  m.settlement.fundedBy[l.fundedBy] ?? l.fundedBy,
                )}
                {l.status ? ` · ${m.settlement.claim[l.status] ?? l.status}` : ''}
                {l.dueAt && (
                  <>
                    {' · '}
                    {m.settlement.due(<DateTime iso={l.dueAt} />)}
                  </>
                )}
              </small>
            </th>
            <td className="amount">
              {l.upTo ? `${m.agent.upTo} ` : ''}
              <Money amount={l.amount} currency={currency} />
            </td>
          </tr>
        ))}
      </tbody>
      {buyerRefund !== undefined && sellerRelease !== undefined && (
        <tfoot>
          <tr>
            <th scope="row">{m.settlement.buyerRefund}</th>
            <td className="amount">
              <Money amount={buyerRefund} currency={currency} />
            </td>
          </tr>
          <tr>
            <th scope="row">{m.settlement.sellerRelease}</th>
            <td className="amount">
              <Money amount={sellerRelease} currency={currency} />
            </td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
