import { useState, type FormEvent } from 'react';
import { api, ok } from '../api/client.ts';
import type { Complaint, SolutionType } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { parseAmount } from '../lib/format.ts';
import { Countdown, ErrorMessage, Field, Money, Submit, TextArea } from './ui.tsx';
import { ifMatch, useCommand } from './use-command.ts';

/** The pending proposal as a card to accept, reject or counter, and the form to propose one. */
export function Proposals({ complaint }: { complaint: Complaint }) {
  const { m } = useI18n();
  const pending = complaint.proposals.find((p) => p.status === 'pending');
  const canAnswer = complaint.allowedActions.includes('accept_proposal');
  const canPropose = complaint.allowedActions.includes('propose');
  const [mode, setMode] = useState<'idle' | 'reject' | 'counter'>('idle');
  const [reason, setReason] = useState('');
  const accept = useCommand(complaint.id);
  const reject = useCommand(complaint.id, () => {
    setMode('idle');
    setReason('');
  });
  const deadline = complaint.deadlines.find(
    (d) => d.kind === 'proposal_response' || d.kind === 'seller_response',
  );
  const earlier = complaint.proposals.filter((p) => p.status !== 'pending');
  if (!pending && !canPropose && earlier.length === 0) return null;

  return (
    <section className="card" aria-labelledby="proposal-title">
      <h2 id="proposal-title">{m.proposal.title}</h2>
      {pending && (
        <article className="proposal">
          <p className="proposal-solution">
            <strong>{m.solution[pending.solution.type]}</strong>
            {pending.solution.amount !== undefined && (
              <>
                {' '}
                <Money amount={pending.solution.amount} currency={complaint.currency} />
              </>
            )}
          </p>
          <p className="muted">
            {m.proposal.from(m.waitingOn[pending.by] ?? pending.by)} ·{' '}
            {m.proposal.pendingFor(m.waitingOn[pending.addressedTo] ?? pending.addressedTo)}
            {deadline && (
              <>
                {' · '}
                <Countdown dueAt={deadline.dueAt} />
              </>
            )}
          </p>
          {canAnswer && <p className="hint">{m.proposal.silence}</p>}
          {canAnswer && mode === 'idle' && (
            <div className="row buttons">
              <button
                type="button"
                className="button"
                disabled={accept.isPending}
                onClick={() =>
                  accept.mutate(() =>
                    ok(
                      api.POST('/v1/complaints/{id}/proposals/{proposalId}/accept', {
                        params: {
                          path: { id: complaint.id, proposalId: pending.id },
                          header: ifMatch(complaint),
                        },
                        body: {},
                      }),
                    ),
                  )
                }
              >
                {m.proposal.accept}
              </button>
              <button type="button" className="button secondary" onClick={() => setMode('reject')}>
                {m.proposal.reject}
              </button>
              {canPropose && (
                <button type="button" className="button secondary" onClick={() => setMode('counter')}>
                  {m.proposal.counter}
                </button>
              )}
            </div>
          )}
          <ErrorMessage error={accept.error} />
          {mode === 'reject' && (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                reject.mutate(() =>
                  ok(
                    api.POST('/v1/complaints/{id}/proposals/{proposalId}/reject', {
                      params: {
                        path: { id: complaint.id, proposalId: pending.id },
                        header: ifMatch(complaint),
                      },
                      body: { reason },
                    }),
                  ),
                );
              }}
            >
              <TextArea label={m.proposal.rejectReason} value={reason} onChange={setReason} rows={3} />
              <ErrorMessage error={reject.error} />
              <div className="row buttons">
                <button type="button" className="button secondary" onClick={() => setMode('idle')}>
                  {m.cancel}
                </button>
                <button type="submit" className="button danger" disabled={reject.isPending || !reason.trim()}>
                  {m.proposal.reject}
                </button>
              </div>
            </form>
          )}
        </article>
      )}
      {canPropose && (mode === 'counter' || !pending || !canAnswer) && (
        <ProposeForm complaint={complaint} onDone={() => setMode('idle')} />
      )}
      {earlier.length > 0 && (
        <details>
          <summary>{m.proposal.history}</summary>
          <ul className="plain history">
            {earlier.map((p) => (
              <li key={p.id}>
                {m.solution[p.solution.type]}
                {p.solution.amount !== undefined && (
                  <>
                    {' '}
                    <Money amount={p.solution.amount} currency={complaint.currency} />
                  </>
                )}{' '}
                <span className="muted">
                  · {m.proposal.from(m.waitingOn[p.by] ?? p.by)} · {m.proposal.status[p.status] ?? p.status}
                  {p.rejectionReason ? ` — ${p.rejectionReason}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** A solution type and, for refunds, an amount (empty: the full refundable amount). */
export function SolutionFields({
  complaint,
  type,
  setType,
  amountText,
  setAmountText,
}: {
  complaint: Complaint;
  type: SolutionType;
  setType: (t: SolutionType) => void;
  amountText: string;
  setAmountText: (t: string) => void;
}) {
  const { m, lang } = useI18n();
  const takesAmount = type === 'refund' || type === 'shipping_refund';
  const max = type === 'shipping_refund' ? complaint.refundable.shippingShare : complaint.refundable.maximum;
  return (
    <>
      <Field label={m.solutionLabel}>
        {(props) => (
          <select {...props} value={type} onChange={(e) => setType(e.target.value as SolutionType)}>
            {complaint.allowedSolutions.map((s) => (
              <option key={s} value={s}>
                {m.solution[s]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {takesAmount && (
        <Field
          label={`${m.wizard.amount} (${m.optional})`}
          hint={m.wizard.amountHint(new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB').format(max))}
        >
          {(props) => (
            <input
              {...props}
              inputMode="numeric"
              value={amountText}
              onChange={(e) => setAmountText(e.target.value)}
            />
          )}
        </Field>
      )}
    </>
  );
}

/** The solution the fields describe: an amount only for refunds and only when one was typed. */
export function solutionOf(
  type: SolutionType,
  amountText: string,
): { type: SolutionType; amount?: number } | null {
  if (!(type === 'refund' || type === 'shipping_refund') || !amountText.trim()) return { type };
  const amount = parseAmount(amountText);
  return amount === null || amount < 1 ? null : { type, amount };
}

function ProposeForm({ complaint, onDone }: { complaint: Complaint; onDone: () => void }) {
  const { m } = useI18n();
  const [type, setType] = useState<SolutionType>(complaint.allowedSolutions[0] ?? 'refund');
  const [amountText, setAmountText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const propose = useCommand(complaint.id, () => {
    setAmountText('');
    onDone();
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const solution = solutionOf(type, amountText);
    setInvalid(solution === null);
    if (!solution) return;
    propose.mutate(() =>
      ok(
        api.POST('/v1/complaints/{id}/proposals', {
          params: { path: { id: complaint.id }, header: ifMatch(complaint) },
          body: solution,
        }),
      ),
    );
  };
  return (
    <form onSubmit={submit} className="propose" noValidate>
      <h3>{m.proposal.make}</h3>
      <SolutionFields
        complaint={complaint}
        type={type}
        setType={setType}
        amountText={amountText}
        setAmountText={setAmountText}
      />
      {invalid && (
        <p className="error" role="alert">
          {m.wizard.amountInvalid}
        </p>
      )}
      <Submit error={propose.error} disabled={propose.isPending} label={m.proposal.make} />
    </form>
  );
}
