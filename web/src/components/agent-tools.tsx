import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState, type FormEvent } from 'react';
import { api, ok } from '../api/client.ts';
import type { Complaint, DeadlineKind, SolutionType } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { formatMoney } from '../lib/format.ts';
import { useUser } from '../session.tsx';
import { ButtonAction, ReasonAction } from './party-actions.tsx';
import { SolutionFields, solutionOf } from './proposals.tsx';
import { SettlementTable } from './settlement.tsx';
import { ErrorMessage, Field, Submit, TextArea } from './ui.tsx';
import { ifMatch, useCommand } from './use-command.ts';

/** Customer Care's tools on a case: take it, decide (with the money shown first), ask, extend, note, close. */
export function AgentTools({ complaint }: { complaint: Complaint }) {
  const { m } = useI18n();
  const user = useUser();
  const can = (a: Complaint['allowedActions'][number]) => complaint.allowedActions.includes(a);
  return (
    <>
      {can('assign') && complaint.assignedAgentId !== user.userId && (
        <ButtonAction
          complaint={complaint}
          label={m.agent.assignMe}
          run={() =>
            ok(api.POST('/v1/complaints/{id}/assign', { params: { path: { id: complaint.id } }, body: {} }))
          }
        />
      )}
      {can('decide') && <DecisionForm complaint={complaint} />}
      {can('request_evidence') && <EvidenceRequestForm complaint={complaint} />}
      {can('extend_deadline') && complaint.deadlines.length > 0 && <ExtendForm complaint={complaint} />}
      {can('add_note') && <NoteForm complaint={complaint} />}
      {can('close') && (
        <ReasonAction
          complaint={complaint}
          title={m.agent.closeCase}
          confirm={m.agent.closeConfirm}
          danger
          run={(reason) =>
            ok(
              api.POST('/v1/complaints/{id}/close', {
                params: { path: { id: complaint.id }, header: ifMatch(complaint) },
                body: { reason },
              }),
            )
          }
        />
      )}
    </>
  );
}

/** The binding decision, with the settlement it would make shown line by line before it is confirmed. */
function DecisionForm({ complaint }: { complaint: Complaint }) {
  const { m, lang } = useI18n();
  const [type, setType] = useState<SolutionType>(complaint.allowedSolutions[0] ?? 'refund');
  const [amountText, setAmountText] = useState('');
  const [reason, setReason] = useState('');
  const solution = useDeferredValue(solutionOf(type, amountText));
  const quote = useQuery({
    queryKey: ['quote', complaint.id, complaint.revision, solution],
    queryFn: () =>
      ok(
        api.GET('/v1/complaints/{id}/settlement-quote', {
          params: { path: { id: complaint.id }, query: solution! },
        }),
      ),
    enabled: solution !== null,
  });
  const decide = useCommand(complaint.id, () => setReason(''));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!solution) return;
    decide.mutate(() =>
      ok(
        api.POST('/v1/complaints/{id}/decision', {
          params: { path: { id: complaint.id }, header: ifMatch(complaint) },
          body: { ...solution, reason },
        }),
      ),
    );
  };
  return (
    <details className="action" open>
      <summary>{m.agent.decisionTitle}</summary>
      <form className="action-body" onSubmit={submit} noValidate>
        <SolutionFields
          complaint={complaint}
          type={type}
          setType={setType}
          amountText={amountText}
          setAmountText={setAmountText}
        />
        {amountText.trim() && solution === null && (
          <p className="error" role="alert">
            {m.wizard.amountInvalid}
          </p>
        )}
        <div className="quote">
          {quote.data?.settlement && (
            <SettlementTable
              caption={m.agent.quote}
              lines={quote.data.settlement.lines}
              currency={quote.data.settlement.currency}
              buyerRefund={quote.data.settlement.buyerRefund}
              sellerRelease={quote.data.settlement.sellerRelease}
            />
          )}
          {quote.data && !quote.data.settlement && quote.data.expectedLines.length > 0 && (
            <SettlementTable
              caption={`${m.agent.quote} — ${m.agent.quoteLater}`}
              lines={quote.data.expectedLines}
              currency={complaint.currency}
            />
          )}
          {quote.data && (
            <p className="muted">
              {m.agent.resultingStatus(m.status[quote.data.resultingStatus] ?? quote.data.resultingStatus)}
            </p>
          )}
          <ErrorMessage error={quote.error} />
          {/* One sentence for screen readers instead of the whole table on every keystroke. */}
          <p className="visually-hidden" aria-live="polite">
            {quote.data?.settlement
              ? `${m.settlement.buyerRefund} ${formatMoney(quote.data.settlement.buyerRefund, complaint.currency, lang)}; ${m.settlement.sellerRelease} ${formatMoney(quote.data.settlement.sellerRelease, complaint.currency, lang)}`
              : quote.data
                ? m.agent.resultingStatus(m.status[quote.data.resultingStatus] ?? quote.data.resultingStatus)
                : ''}
          </p>
        </div>
        <TextArea
          label={m.agent.decisionReason}
          value={reason}
          onChange={setReason}
          rows={3}
          maxLength={2000}
        />
        <Submit
          error={decide.error}
          disabled={decide.isPending || !reason.trim() || !solution || !quote.isSuccess}
          label={m.agent.confirmDecision}
        />
      </form>
    </details>
  );
}

function EvidenceRequestForm({ complaint }: { complaint: Complaint }) {
  const { m } = useI18n();
  const [from, setFrom] = useState<'buyer' | 'seller'>('buyer');
  const [note, setNote] = useState('');
  const [hoursText, setHoursText] = useState('24');
  const hours = hoursOf(hoursText, 336);
  const command = useCommand(complaint.id, () => setNote(''));
  return (
    <details className="action">
      <summary>{m.agent.requestEvidence}</summary>
      <form
        className="action-body"
        onSubmit={(e) => {
          e.preventDefault();
          command.mutate(() =>
            ok(
              api.POST('/v1/complaints/{id}/evidence-requests', {
                params: { path: { id: complaint.id }, header: ifMatch(complaint) },
                body: { from, note, hours: hours! },
              }),
            ),
          );
        }}
      >
        <Field label={m.agent.requestFrom}>
          {(props) => (
            <select {...props} value={from} onChange={(e) => setFrom(e.target.value as 'buyer' | 'seller')}>
              <option value="buyer">{m.roles.buyer}</option>
              <option value="seller">{m.roles.seller}</option>
            </select>
          )}
        </Field>
        <TextArea label={m.agent.requestNote} value={note} onChange={setNote} rows={3} />
        <HoursField label={m.agent.requestHours} text={hoursText} setText={setHoursText} max={336} />
        <Submit
          error={command.error}
          disabled={command.isPending || !note.trim() || hours === null}
          label={m.agent.requestEvidence}
        />
      </form>
    </details>
  );
}

function ExtendForm({ complaint }: { complaint: Complaint }) {
  const { m } = useI18n();
  const [chosen, setKind] = useState<DeadlineKind>(complaint.deadlines[0]!.kind);
  // The running deadlines change as the case moves: never offer one that no longer runs.
  const kind = complaint.deadlines.some((d) => d.kind === chosen) ? chosen : complaint.deadlines[0]!.kind;
  const [hoursText, setHoursText] = useState('24');
  const hours = hoursOf(hoursText, 720);
  const [reason, setReason] = useState('');
  const command = useCommand(complaint.id, () => setReason(''));
  return (
    <details className="action">
      <summary>{m.agent.extend}</summary>
      <form
        className="action-body"
        onSubmit={(e) => {
          e.preventDefault();
          command.mutate(() =>
            ok(
              api.POST('/v1/complaints/{id}/deadlines/{kind}/extend', {
                params: { path: { id: complaint.id, kind }, header: ifMatch(complaint) },
                body: { hours: hours!, reason },
              }),
            ),
          );
        }}
      >
        <Field label={m.agent.extendKind}>
          {(props) => (
            <select {...props} value={kind} onChange={(e) => setKind(e.target.value as DeadlineKind)}>
              {complaint.deadlines.map((d) => (
                <option key={d.kind} value={d.kind}>
                  {m.deadline[d.kind]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <HoursField label={m.agent.extendHours} text={hoursText} setText={setHoursText} max={720} />
        <TextArea label={m.actions.reason} value={reason} onChange={setReason} rows={2} />
        <Submit
          error={command.error}
          disabled={command.isPending || !reason.trim() || hours === null}
          label={m.agent.extend}
        />
      </form>
    </details>
  );
}

function NoteForm({ complaint }: { complaint: Complaint }) {
  const { m } = useI18n();
  const [body, setBody] = useState('');
  const command = useCommand(complaint.id, () => setBody(''));
  return (
    <details className="action">
      <summary>{m.complaint.note}</summary>
      <form
        className="action-body"
        onSubmit={(e) => {
          e.preventDefault();
          command.mutate(() =>
            ok(
              api.POST('/v1/complaints/{id}/notes', {
                params: { path: { id: complaint.id } },
                body: { body },
              }),
            ),
          );
        }}
      >
        <TextArea label={m.complaint.note} value={body} onChange={setBody} rows={3} />
        <Submit
          error={command.error}
          disabled={command.isPending || !body.trim()}
          label={m.complaint.addNote}
          variant="secondary"
        />
      </form>
    </details>
  );
}

function HoursField({
  label,
  text,
  setText,
  max,
}: {
  label: string;
  text: string;
  setText: (t: string) => void;
  max: number;
}) {
  const { m } = useI18n();
  const invalid = text.trim() !== '' && hoursOf(text, max) === null;
  return (
    <Field label={label} hint={m.agent.hoursHint(max)}>
      {(props) => (
        <>
          <input
            {...props}
            inputMode="numeric"
            value={text}
            aria-invalid={invalid || undefined}
            onChange={(e) => setText(e.target.value)}
          />
          {invalid && (
            <span className="error" role="alert">
              {m.agent.hoursHint(max)}
            </span>
          )}
        </>
      )}
    </Field>
  );
}

/** Whole hours from 1 to max as typed, or null (the text is kept as typed, never rewritten). */
function hoursOf(text: string, max: number): number | null {
  const hours = /^\s*[0-9]{1,4}\s*$/.test(text) ? Number(text) : NaN;
  return hours >= 1 && hours <= max ? hours : null;
}
