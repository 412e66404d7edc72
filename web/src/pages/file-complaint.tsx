import { useMutation, useQuery } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api, ok } from '../api/client.ts';
import type { Category, Complaint, SolutionType } from '../api/types.ts';
import { EvidencePanel } from '../components/evidence-panel.tsx';
import { DateTime, ErrorMessage, Field, Loading, Money } from '../components/ui.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { parseAmount } from '../lib/format.ts';

type Step = 0 | 1 | 2 | 3 | 4;

/**
 * The complaint wizard: the problem, the items and quantities, the solution wanted, the story —
 * then the complaint is filed and the evidence is added to it, with the checklist of what is missing.
 */
export default function FileComplaintPage() {
  const { orderId = '' } = useParams();
  const { m } = useI18n();
  const navigate = useNavigate();
  const order = useQuery({
    queryKey: ['order', orderId],
    queryFn: () => ok(api.GET('/v1/orders/{orderId}', { params: { path: { orderId } } })),
  });
  const eligibility = useQuery({
    queryKey: ['eligibility', orderId],
    queryFn: () => ok(api.GET('/v1/orders/{orderId}/eligibility', { params: { path: { orderId } } })),
  });
  const [step, setStep] = useState<Step>(0);
  const [category, setCategory] = useState<Category | null>(null);
  const [quantities, setQuantities] = useState<Record<string, number>>({});
  const [solution, setSolution] = useState<SolutionType | null>(null);
  const [amountText, setAmountText] = useState('');
  const [description, setDescription] = useState('');
  const [stepError, setStepError] = useState<string | null>(null);
  const [complaint, setComplaint] = useState<Complaint | null>(null);
  const stepsRef = useRef<HTMLOListElement>(null);
  /** A new step: focus goes to the step list, which says where the user is now. */
  const moveTo = (next: Step) => {
    setStep(next);
    requestAnimationFrame(() => stepsRef.current?.focus());
  };

  const file = useMutation({
    mutationFn: () => {
      const amount = parseAmount(amountText);
      return ok(
        api.POST('/v1/complaints', {
          body: {
            orderId,
            category: category!,
            description,
            items: Object.entries(quantities)
              .filter(([, q]) => q > 0)
              .map(([lineId, quantity]) => ({ lineId, quantity })),
            desiredSolution:
              amount && solution === 'refund' ? { type: solution, amount } : { type: solution! },
          },
        }),
      );
    },
    onSuccess: (filed) => {
      setComplaint(filed);
      if (filed.status !== 'awaiting_evidence') navigate(`/complaints/${filed.id}`);
      else moveTo(4);
    },
  });

  if (order.isPending || eligibility.isPending) return <Loading />;
  if (order.error || eligibility.error) return <ErrorMessage error={order.error ?? eligibility.error} />;
  const o = order.data;
  const categories = eligibility.data.categories;
  const chosen = categories.find((c) => c.category === category);
  const steps = m.wizard.steps;

  const go = (next: Step, check?: () => string | null) => {
    const problem = check?.() ?? null;
    setStepError(problem);
    if (!problem) moveTo(next);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (step === 0) go(1, () => (category ? null : m.wizard.pickCategory));
    else if (step === 1)
      go(2, () => (Object.values(quantities).some((q) => q > 0) ? null : m.wizard.pickItems));
    else if (step === 2)
      go(3, () => {
        if (!solution) return m.wizard.pickSolution;
        if (solution === 'refund' && amountText.trim() && parseAmount(amountText) === null)
          return m.wizard.amountInvalid;
        return null;
      });
    else if (step === 3) {
      if (!description.trim()) return setStepError(m.wizard.writeDescription);
      setStepError(null);
      file.mutate();
    }
  };

  return (
    <section className="page narrow">
      <h1>{m.wizard.title}</h1>
      <p className="muted">
        {m.orders.order(o.id)}
        {eligibility.data.until && (
          <>
            {' · '}
            {m.wizard.until(<DateTime iso={eligibility.data.until} />)}
          </>
        )}
      </p>
      <ol className="steps" ref={stepsRef} tabIndex={-1} aria-label={m.wizard.stepOf(step + 1, steps.length)}>
        {steps.map((label, i) => (
          <li
            key={label}
            className={i === step ? 'current' : i < step ? 'done' : ''}
            aria-current={i === step ? 'step' : undefined}
          >
            {label}
          </li>
        ))}
      </ol>

      {step < 4 && (
        <form className="card" onSubmit={submit} noValidate>
          {step === 0 && (
            <fieldset>
              <legend>{m.wizard.categoryQuestion}</legend>
              {categories.map((c) => (
                <label key={c.category} className={`choice ${c.eligible ? '' : 'disabled'}`}>
                  <input
                    type="radio"
                    name="category"
                    value={c.category}
                    checked={category === c.category}
                    disabled={!c.eligible}
                    onChange={() => {
                      setCategory(c.category);
                      setSolution(c.solutions[0] ?? null);
                    }}
                  />
                  <span>
                    <strong>{m.category[c.category]}</strong>
                    <small>
                      {c.eligible
                        ? m.wizard.programNote(m.program[c.program] ?? c.program)
                        : (m.errors.codes[c.code ?? ''] ?? c.code)}
                    </small>
                  </span>
                </label>
              ))}
            </fieldset>
          )}
          {step === 1 && (
            <fieldset>
              <legend>{m.wizard.itemsQuestion}</legend>
              {o.items.map((line) => {
                const q = quantities[line.lineId] ?? 0;
                return (
                  <div key={line.lineId} className="item-pick">
                    <label className="choice">
                      <input
                        type="checkbox"
                        checked={q > 0}
                        onChange={(e) =>
                          setQuantities({
                            ...quantities,
                            [line.lineId]: e.target.checked ? line.quantity : 0,
                          })
                        }
                      />
                      <span>
                        <strong>{line.name}</strong>
                        <small>
                          <Money amount={line.unitPrice} currency={o.currency} />
                        </small>
                      </span>
                    </label>
                    {q > 0 && line.quantity > 1 && (
                      <Field label={`${m.wizard.quantity} (${m.wizard.ofOrdered(line.quantity)})`}>
                        {(props) =>
                          // A list to pick from: nothing to mistype on a phone.
                          line.quantity <= 100 ? (
                            <select
                              {...props}
                              value={q}
                              onChange={(e) =>
                                setQuantities({ ...quantities, [line.lineId]: Number(e.target.value) })
                              }
                            >
                              {Array.from({ length: line.quantity }, (_, i) => i + 1).map((n) => (
                                <option key={n} value={n}>
                                  {n}
                                </option>
                              ))}
                            </select>
                          ) : (
                            <input
                              {...props}
                              inputMode="numeric"
                              defaultValue={q}
                              onBlur={(e) => {
                                const n = Math.floor(Number(e.target.value));
                                const clamped = n >= 1 ? Math.min(n, line.quantity) : 1;
                                e.target.value = String(clamped);
                                setQuantities({ ...quantities, [line.lineId]: clamped });
                              }}
                            />
                          )
                        }
                      </Field>
                    )}
                  </div>
                );
              })}
            </fieldset>
          )}
          {step === 2 && chosen && (
            <fieldset>
              <legend>{m.wizard.solutionQuestion}</legend>
              {chosen.solutions.map((s) => (
                <label key={s} className="choice">
                  <input
                    type="radio"
                    name="solution"
                    value={s}
                    checked={solution === s}
                    onChange={() => setSolution(s)}
                  />
                  <span>
                    <strong>{m.solution[s]}</strong>
                  </span>
                </label>
              ))}
              {solution === 'refund' && (
                <Field label={`${m.wizard.amount} (${m.optional})`} hint={m.wizard.amountHintFull}>
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
            </fieldset>
          )}
          {step === 3 && (
            <Field label={m.wizard.descriptionQuestion} hint={m.wizard.descriptionHint}>
              {(props) => (
                <textarea
                  {...props}
                  rows={6}
                  maxLength={5000}
                  value={description}
                  onChange={(e) => setDescription(e.target.value)}
                />
              )}
            </Field>
          )}
          {stepError && (
            <p className="error" role="alert">
              {stepError}
            </p>
          )}
          <ErrorMessage error={file.error} />
          <div className="row">
            {step > 0 ? (
              <button type="button" className="button secondary" onClick={() => moveTo((step - 1) as Step)}>
                {m.back}
              </button>
            ) : (
              <span />
            )}
            <button type="submit" className="button" disabled={file.isPending}>
              {step === 3 ? (file.isPending ? m.wizard.filing : m.wizard.file) : m.next}
            </button>
          </div>
        </form>
      )}

      {step === 4 && complaint && (
        <>
          <p className="notice" role="status">
            {m.wizard.filedEvidence}
          </p>
          <EvidencePanel
            complaint={complaint}
            onChange={setComplaint}
            onSubmitted={(c) => navigate(`/complaints/${c.id}`)}
          />
        </>
      )}
    </section>
  );
}
