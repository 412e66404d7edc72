import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { api, ok, uploadFile } from '../api/client.ts';
import type { Complaint, TimelineEvent } from '../api/types.ts';
import { AgentTools } from '../components/agent-tools.tsx';
import { EvidenceGallery } from '../components/evidence-gallery.tsx';
import { EvidencePanel } from '../components/evidence-panel.tsx';
import { PartyActions } from '../components/party-actions.tsx';
import { Proposals } from '../components/proposals.tsx';
import { SettlementTable } from '../components/settlement.tsx';
import { Timeline } from '../components/timeline.tsx';
import {
  Countdown,
  DateTime,
  ErrorMessage,
  Loading,
  Money,
  StatusBadge,
  TextArea,
} from '../components/ui.tsx';
import { newest, TURN_ID, useCommand } from '../components/use-command.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useUser, type SessionUser } from '../session.tsx';
import type { Messages } from '../i18n/messages.ts';

/** How often the page asks whether the other side acted (the complaint is small; the timeline reloads only on change). */
const POLL_MS = 3000;

/** Every event of the timeline, oldest first, page by page. */
async function fetchTimeline(id: string): Promise<TimelineEvent[]> {
  const events: TimelineEvent[] = [];
  let cursor: string | undefined;
  do {
    const page = await ok(
      api.GET('/v1/complaints/{id}/timeline', {
        params: { path: { id }, query: { limit: 500, ...(cursor ? { cursor } : {}) } },
      }),
    );
    events.push(...page.data);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return events;
}

/**
 * Says (to screen readers) that the other side did something since the page last loaded the
 * timeline: sighted users see the new event appear, others would not know.
 */
function NewEvents({ events, me }: { events: TimelineEvent[] | undefined; me: SessionUser }) {
  const { m } = useI18n();
  const [seen, setSeen] = useState<{ count: number; announced: number } | null>(null);
  const count = events?.length ?? 0;
  if (events && seen === null) setSeen({ count, announced: 0 });
  else if (events && seen && count > seen.count) {
    const fresh = events
      .slice(seen.count)
      .filter((e) => e.actor.role !== (me.role === 'admin' ? 'agent' : me.role));
    setSeen({ count, announced: fresh.length });
  }
  return (
    <p className="visually-hidden" aria-live="polite">
      {seen?.announced ? m.complaint.newEvents(seen.announced) : ''}
    </p>
  );
}

function partyOf(user: SessionUser): 'buyer' | 'seller' | 'agent' {
  return user.role === 'buyer' ? 'buyer' : user.role === 'seller' ? 'seller' : 'agent';
}

/** One complaint for its buyer, its seller or an agent: the story, whose move it is, and what each can do. */
export default function ComplaintPage() {
  const { id = '' } = useParams();
  const { m } = useI18n();
  const user = useUser();
  const queryClient = useQueryClient();
  const complaint = useQuery({
    queryKey: ['complaint', id],
    queryFn: async () =>
      newest(
        queryClient.getQueryData<Complaint>(['complaint', id]),
        await ok(api.GET('/v1/complaints/{id}', { params: { path: { id } } })),
      ),
    refetchInterval: POLL_MS,
  });
  const revision = complaint.data?.revision;
  const timeline = useQuery({
    queryKey: ['timeline', id, revision],
    queryFn: () => fetchTimeline(id),
    enabled: revision !== undefined,
    placeholderData: keepPreviousData,
  });

  if (complaint.isPending) return <Loading />;
  if (complaint.error) {
    return (
      <section className="page">
        <ErrorMessage error={complaint.error} />
      </section>
    );
  }
  const c = complaint.data;
  const isAgent = partyOf(user) === 'agent';
  return (
    <section className="page wide complaint-page">
      <ComplaintHeader complaint={c} me={user} />
      <div className="complaint-layout">
        <div className="main-col">
          {isAgent && <EvidenceGallery complaint={c} />}
          <section className="card" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{m.complaint.timeline}</h2>
            <p className="muted small">{m.complaint.live}</p>
            <NewEvents events={timeline.data} me={user} />
            {timeline.data ? (
              <Timeline events={timeline.data} me={user} currency={c.currency} />
            ) : (
              <Loading />
            )}
            <ErrorMessage error={timeline.error} />
            {c.allowedActions.includes('message') && <Composer complaint={c} />}
          </section>
        </div>
        {/* What to do now comes first on a phone; on a desktop it sits beside the timeline. */}
        <aside className="side-col side-now" aria-label={m.actions.title}>
          <ActionsCard complaint={c} me={user} />
          <Proposals complaint={c} />
          {c.settlement && (
            <section className="card">
              <SettlementTable
                caption={m.settlement.title}
                lines={c.settlement.lines}
                currency={c.settlement.currency}
                buyerRefund={c.settlement.buyerRefund}
                sellerRelease={c.settlement.sellerRelease}
              />
            </section>
          )}
          <ExecutionCard complaint={c} />
        </aside>
        <aside className="side-col side-details" aria-label={m.complaint.details}>
          <Summary complaint={c} />
          {!isAgent && <EvidenceGallery complaint={c} />}
        </aside>
      </div>
    </section>
  );
}

/** The escalation's reason in the reader's language when Sepakat worded it itself. */
function escalationText(c: Complaint, m: Messages): string {
  const e = c.escalation!;
  if (e.reasonCode === 'inspection_rejected')
    return m.escalationReason.inspection_rejected(c.execution?.inspection?.note ?? '');
  if (e.reasonCode) return m.escalationReason[e.reasonCode];
  return e.reason;
}

function ComplaintHeader({ complaint: c, me }: { complaint: Complaint; me: SessionUser }) {
  const { m } = useI18n();
  const next = [...c.deadlines].sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt))[0];
  const myTurn = c.waitingOn === partyOf(me);
  return (
    <header className="complaint-header card">
      <div className="row">
        <div>
          <h1>{m.complaint.title(m.category[c.category] ?? c.category)}</h1>
          <p className="muted">
            {m.complaint.order(c.orderId)} · {m.program[c.program]} ·{' '}
            {m.complaint.filedAt(<DateTime iso={c.filedAt} />)}
          </p>
        </div>
        <StatusBadge status={c.status} />
      </div>
      <div className="turn">
        {/* Only the sentence about whose move it is is announced when it changes, not the countdown. */}
        <p id={TURN_ID} tabIndex={-1} aria-live="polite">
          {c.outcome ? (
            <>
              <strong>{m.complaint.outcome}:</strong> {m.outcome[c.outcome] ?? c.outcome}
            </>
          ) : myTurn ? (
            <strong className="your-turn">{m.complaint.yourTurn}</strong>
          ) : (
            m.complaint.waitingOn(m.waitingOn[c.waitingOn] ?? c.waitingOn)
          )}
        </p>
        {next && (
          <p className="next-deadline">
            {m.complaint.nextDeadline}: <strong>{m.deadline[next.kind]}</strong> —{' '}
            <Countdown dueAt={next.dueAt} />{' '}
            <span className="muted">
              (<DateTime iso={next.dueAt} />)
            </span>
            <br />
            <span className="muted">
              {m.complaint.whenPasses} {m.onExpiry[next.onExpiry] ?? next.onExpiry}
            </span>
          </p>
        )}
      </div>
      {c.escalation && <p className="muted">{m.complaint.escalation(escalationText(c, m))}</p>}
      {c.evidenceRequest && (
        <p className="notice">
          {m.complaint.evidenceRequest(
            m.waitingOn[c.evidenceRequest.from] ?? c.evidenceRequest.from,
            c.evidenceRequest.note,
          )}
        </p>
      )}
      {c.decision && (
        <p>
          <strong>{c.decision.isFinal ? m.complaint.decisionFinal : m.complaint.decision}:</strong>{' '}
          {m.solution[c.decision.solution.type]}
          {c.decision.solution.amount !== undefined && (
            <>
              {' '}
              <Money amount={c.decision.solution.amount} currency={c.currency} />
            </>
          )}{' '}
          — {c.decision.reason}
        </p>
      )}
      {c.appeal && <p className="muted">{m.complaint.appealFiled(c.appeal.reason)}</p>}
      {partyOf(me) === 'agent' && (
        <p className="muted">
          {c.assignedAgentId ? m.complaint.assignedTo(c.assignedAgentId) : m.complaint.unassigned}
        </p>
      )}
    </header>
  );
}

function ActionsCard({ complaint: c, me }: { complaint: Complaint; me: SessionUser }) {
  const { m } = useI18n();
  const isAgent = partyOf(me) === 'agent';
  const addingEvidence =
    c.allowedActions.includes('add_evidence') &&
    (c.status === 'awaiting_evidence' || c.evidenceRequest?.from === partyOf(me));
  // Proposals and messages have their own places; this card holds everything else.
  const elsewhere = ['message', 'propose', 'accept_proposal', 'reject_proposal', 'submit_evidence'];
  const nothingHere = c.allowedActions.every((a) => elsewhere.includes(a));
  return (
    <>
      {addingEvidence && <EvidencePanel complaint={c} />}
      <section className="card actions" aria-labelledby="actions-title">
        <h2 id="actions-title">{m.actions.title}</h2>
        {isAgent ? <AgentTools complaint={c} /> : <PartyActions complaint={c} />}
        {nothingHere && <p className="muted">{m.actions.nothing}</p>}
        {!isAgent && c.allowedActions.includes('add_evidence') && !addingEvidence && (
          <details className="action">
            <summary>{m.evidence.add}</summary>
            <EvidencePanel complaint={c} />
          </details>
        )}
      </section>
    </>
  );
}

function ExecutionCard({ complaint: c }: { complaint: Complaint }) {
  const { m } = useI18n();
  const e = c.execution;
  if (!e) return null;
  const a = e.returnAddress;
  return (
    <section className="card" aria-labelledby="execution-title">
      <h2 id="execution-title">{m.solution[e.solution.type]}</h2>
      {a && (
        <>
          <h3>{m.actions.sendTo}</h3>
          <address>
            {a.name} · {a.phone}
            <br />
            {a.line1}
            {a.line2 ? `, ${a.line2}` : ''}
            <br />
            {a.city}, {a.province} {a.postalCode}
          </address>
        </>
      )}
      {[e.returnShipment, e.sellerShipment].map(
        (s, i) =>
          s && (
            <p key={i}>
              <strong>{i === 0 ? m.actions.returnShipment : m.actions.sellerShipment}:</strong>{' '}
              {s.courier.toUpperCase()} {s.trackingNumber} · <Money amount={s.cost} currency={c.currency} />
              {s.deliveredAt && (
                <>
                  {' · '}
                  {m.orders.deliveredAt(<DateTime iso={s.deliveredAt} />)}
                </>
              )}
            </p>
          ),
      )}
      {e.inspection && (
        <p>
          <strong>{m.actions.inspection}:</strong>{' '}
          {e.inspection.result === 'accepted' ? m.actions.inspectionAccepted : m.actions.inspectionRejected} —{' '}
          {e.inspection.note}
        </p>
      )}
    </section>
  );
}

function Summary({ complaint: c }: { complaint: Complaint }) {
  const { m } = useI18n();
  return (
    <section className="card" aria-labelledby="summary-title">
      <h2 id="summary-title">{m.complaint.items}</h2>
      <ul className="plain items">
        {c.items.map((i) => (
          <li key={i.lineId}>
            {i.quantity}× {i.name} · <Money amount={i.unitPrice} currency={c.currency} />
          </li>
        ))}
      </ul>
      <h3>{m.complaint.description}</h3>
      <p className="pre">{c.description}</p>
      <dl className="pairs">
        <dt>{m.complaint.itemsValue}</dt>
        <dd>
          <Money amount={c.refundable.itemsValue} currency={c.currency} />
        </dd>
        <dt>{m.complaint.shippingShare}</dt>
        <dd>
          <Money amount={c.refundable.shippingShare} currency={c.currency} />
        </dd>
        <dt>{m.complaint.maximum}</dt>
        <dd>
          <Money amount={c.refundable.maximum} currency={c.currency} />
        </dd>
      </dl>
      {c.shippingInsurance.applies && <p className="muted">{m.complaint.shippingInsurance}</p>}
      {c.deadlines.length > 0 && (
        <>
          <h3>{m.complaint.deadlines}</h3>
          <ul className="plain deadlines">
            {c.deadlines.map((d) => (
              <li key={d.kind}>
                {m.deadline[d.kind]}: <Countdown dueAt={d.dueAt} />
                {d.breached && <span className="badge badge-warn">{m.complaint.breached}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Write a message (with photos): what was typed stays if sending fails. */
function Composer({ complaint }: { complaint: Complaint }) {
  const { m } = useI18n();
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [inputKey, setInputKey] = useState(0);
  const send = useCommand(complaint.id, () => {
    setBody('');
    setFiles([]);
    setInputKey((k) => k + 1);
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    send.mutate(async () => {
      const attachmentIds: string[] = [];
      for (const file of files) attachmentIds.push((await uploadFile(file, () => {})).attachmentId);
      return ok(
        api.POST('/v1/complaints/{id}/messages', {
          params: { path: { id: complaint.id } },
          body: { body, attachmentIds },
        }),
      );
    });
  };
  return (
    <form className="composer" onSubmit={submit}>
      <TextArea
        label={m.complaint.message}
        value={body}
        onChange={setBody}
        rows={2}
        maxLength={5000}
        placeholder={m.complaint.messagePlaceholder}
      />
      <div className="row">
        <input
          key={inputKey}
          type="file"
          multiple
          accept="image/jpeg,image/png,image/webp"
          aria-label={m.complaint.attachPhotos}
          onChange={(e) => setFiles(Array.from(e.target.files ?? []).slice(0, 10))}
        />
        <button type="submit" className="button" disabled={send.isPending || !body.trim()}>
          {m.complaint.sendMessage}
        </button>
      </div>
      <ErrorMessage error={send.error} />
    </form>
  );
}
