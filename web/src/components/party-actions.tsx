import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { api, ok, uploadFile } from '../api/client.ts';
import type { Address, Complaint } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { addressBody, AddressFields, EMPTY_ADDRESS } from './address-fields.tsx';
import { parseAmount } from '../lib/format.ts';
import { ErrorMessage, Field, Submit, TextArea } from './ui.tsx';
import { ifMatch, useCommand } from './use-command.ts';

/** A collapsible action: its button opens the form, so the page is not a wall of forms. */
function ActionBox({
  title,
  children,
  open = false,
}: {
  title: string;
  children: ReactNode;
  open?: boolean;
}) {
  return (
    <details className="action" open={open}>
      <summary>{title}</summary>
      <div className="action-body">{children}</div>
    </details>
  );
}

/** An action that needs only a reason (escalate, withdraw, close). */
export function ReasonAction({
  complaint,
  title,
  confirm,
  danger,
  run,
}: {
  complaint: Complaint;
  title: string;
  confirm?: string;
  danger?: boolean;
  run: (reason: string) => Promise<Complaint>;
}) {
  const { m } = useI18n();
  const [reason, setReason] = useState('');
  const command = useCommand(complaint.id, () => setReason(''));
  return (
    <ActionBox title={title}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (confirm && !window.confirm(confirm)) return;
          command.mutate(() => run(reason));
        }}
      >
        <TextArea label={m.actions.reason} value={reason} onChange={setReason} rows={3} maxLength={2000} />
        <ErrorMessage error={command.error} />
        <button
          type="submit"
          className={`button ${danger ? 'danger' : ''}`}
          disabled={command.isPending || !reason.trim()}
        >
          {title}
        </button>
      </form>
    </ActionBox>
  );
}

/** Courier (the policy's partners), tracking number (checked against the courier's format) and cost. */
function ShipmentForm({
  complaint,
  title,
  run,
}: {
  complaint: Complaint;
  title: string;
  run: (body: { courier: string; trackingNumber: string; cost: number }) => Promise<Complaint>;
}) {
  const { m } = useI18n();
  const policy = useQuery({
    queryKey: ['policy', complaint.policyVersion],
    queryFn: () => ok(api.GET('/v1/policy', { params: { query: { version: complaint.policyVersion } } })),
    staleTime: Infinity,
  });
  // The policy document's schema is open-ended; partner couriers are { code, name, trackingPattern }.
  const couriers = (policy.data?.document as { couriers?: Courier[] } | undefined)?.couriers ?? [];
  const [courier, setCourier] = useState('');
  const [trackingNumber, setTrackingNumber] = useState('');
  const [costText, setCostText] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const command = useCommand(complaint.id);
  const chosen = couriers.find((c) => c.code === courier);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const cost = parseAmount(costText);
    if (!chosen) return setLocalError(m.errors.codes.courier_not_partner!);
    if (!new RegExp(chosen.trackingPattern).test(trackingNumber.trim()))
      return setLocalError(m.errors.codes.invalid_tracking_number!);
    if (cost === null) return setLocalError(`${m.actions.shippingCost}: ${m.errors.codes.validation_failed}`);
    setLocalError(null);
    command.mutate(() => run({ courier, trackingNumber: trackingNumber.trim(), cost }));
  };
  return (
    <ActionBox title={title} open>
      <form onSubmit={submit} noValidate>
        <Field label={m.actions.courier}>
          {(props) => (
            <select {...props} value={courier} onChange={(e) => setCourier(e.target.value)}>
              <option value="">—</option>
              {couriers.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={m.actions.trackingNumber}
          hint={chosen ? chosen.trackingPattern.replace(/^\^|\$$/g, '') : undefined}
        >
          {(props) => (
            <input
              {...props}
              value={trackingNumber}
              autoComplete="off"
              onChange={(e) => setTrackingNumber(e.target.value)}
            />
          )}
        </Field>
        <Field label={m.actions.shippingCost}>
          {(props) => (
            <input
              {...props}
              inputMode="numeric"
              value={costText}
              onChange={(e) => setCostText(e.target.value)}
            />
          )}
        </Field>
        {localError && (
          <p className="error" role="alert">
            {localError}
          </p>
        )}
        <ErrorMessage error={command.error ?? policy.error} />
        <button type="submit" className="button" disabled={command.isPending}>
          {m.actions.ship}
        </button>
      </form>
    </ActionBox>
  );
}

interface Courier {
  code: string;
  name: string;
  trackingPattern: string;
}

function AddressForm({ complaint }: { complaint: Complaint }) {
  const { m } = useI18n();
  const [address, setAddress] = useState<Address>(complaint.execution?.returnAddress ?? EMPTY_ADDRESS);
  const command = useCommand(complaint.id);
  return (
    <ActionBox title={m.actions.returnAddress} open={!complaint.execution?.returnAddress}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const body = addressBody(address);
          command.mutate(() =>
            ok(
              api.PUT('/v1/complaints/{id}/return-address', {
                params: { path: { id: complaint.id }, header: ifMatch(complaint) },
                body,
              }),
            ),
          );
        }}
      >
        <AddressFields address={address} onChange={setAddress} />
        <Submit error={command.error} disabled={command.isPending} label={m.save} />
      </form>
    </ActionBox>
  );
}

function AppealForm({ complaint }: { complaint: Complaint }) {
  const { m } = useI18n();
  const [reason, setReason] = useState('');
  const [chronology, setChronology] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const command = useCommand(complaint.id);
  return (
    <ActionBox title={m.actions.appeal}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          command.mutate(async () => {
            const evidence: { kind: 'chronology' | 'other'; text?: string; attachmentId?: string }[] = [
              { kind: 'chronology', text: chronology },
            ];
            if (file)
              evidence.push({ kind: 'other', attachmentId: (await uploadFile(file, () => {})).attachmentId });
            return ok(
              api.POST('/v1/complaints/{id}/appeal', {
                params: { path: { id: complaint.id }, header: ifMatch(complaint) },
                body: { reason, evidence },
              }),
            );
          });
        }}
      >
        <TextArea label={m.actions.reason} value={reason} onChange={setReason} rows={3} />
        <TextArea label={m.evidence.text} value={chronology} onChange={setChronology} rows={4} />
        <Field label={`${m.evidence.file} (${m.optional})`}>
          {(props) => (
            <input
              {...props}
              type="file"
              accept="image/jpeg,image/png,image/webp,video/mp4"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          )}
        </Field>
        <Submit
          error={command.error}
          disabled={command.isPending || !reason.trim() || !chronology.trim()}
          label={m.actions.appeal}
        />
      </form>
    </ActionBox>
  );
}

function InspectionForm({ complaint }: { complaint: Complaint }) {
  const { m } = useI18n();
  const [result, setResult] = useState<'accepted' | 'rejected'>('accepted');
  const [note, setNote] = useState('');
  const [photos, setPhotos] = useState<File[]>([]);
  const command = useCommand(complaint.id);
  // A rejection goes to Customer Care and must show why: at least one photo of what came back.
  const needsPhotos = result === 'rejected' && photos.length === 0;
  return (
    <ActionBox title={m.actions.inspection} open>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          command.mutate(async () => {
            const attachmentIds: string[] = [];
            if (result === 'rejected')
              for (const photo of photos)
                attachmentIds.push((await uploadFile(photo, () => {})).attachmentId);
            return ok(
              api.POST('/v1/complaints/{id}/inspection', {
                params: { path: { id: complaint.id }, header: ifMatch(complaint) },
                body: { result, note, attachmentIds },
              }),
            );
          });
        }}
      >
        <fieldset>
          <legend>{m.actions.inspection}</legend>
          {(['accepted', 'rejected'] as const).map((r) => (
            <label key={r} className="choice">
              <input type="radio" name="inspection" checked={result === r} onChange={() => setResult(r)} />
              <span>{r === 'accepted' ? m.actions.inspectionAccepted : m.actions.inspectionRejected}</span>
            </label>
          ))}
        </fieldset>
        <TextArea label={m.actions.inspectionNote} value={note} onChange={setNote} rows={3} />
        {result === 'rejected' && (
          <Field label={m.actions.inspectionPhotos} hint={m.actions.inspectionPhotosHint}>
            {(props) => (
              <input
                {...props}
                type="file"
                multiple
                accept="image/jpeg,image/png,image/webp,video/mp4"
                onChange={(e) => setPhotos(Array.from(e.target.files ?? []).slice(0, 10))}
              />
            )}
          </Field>
        )}
        <Submit
          error={command.error}
          disabled={command.isPending || !note.trim() || needsPhotos}
          label={m.save}
        />
      </form>
    </ActionBox>
  );
}

/** A one-click action (confirm receipt, return received). */
export function ButtonAction({
  complaint,
  label,
  confirm,
  run,
}: {
  complaint: Complaint;
  label: string;
  /** Asked first, for what cannot be undone (it moves money). */
  confirm?: string;
  run: () => Promise<Complaint>;
}) {
  const command = useCommand(complaint.id);
  return (
    <div className="action-inline">
      <button
        type="button"
        className="button"
        disabled={command.isPending}
        onClick={() => {
          if (confirm && !window.confirm(confirm)) return;
          command.mutate(run);
        }}
      >
        {label}
      </button>
      <ErrorMessage error={command.error} />
    </div>
  );
}

/** The buyer's and the seller's actions, as the complaint's allowedActions say. */
export function PartyActions({ complaint }: { complaint: Complaint }) {
  const { m } = useI18n();
  const can = (a: Complaint['allowedActions'][number]) => complaint.allowedActions.includes(a);
  const withMatch = { path: { id: complaint.id }, header: ifMatch(complaint) };
  return (
    <>
      {/* Keyed by the saved address, so an address set elsewhere shows up in the form. */}
      {can('set_return_address') && (
        <AddressForm key={complaint.execution?.returnAddressAt ?? 'none'} complaint={complaint} />
      )}
      {can('ship_return') && (
        <ShipmentForm
          complaint={complaint}
          title={m.actions.returnShipment}
          run={(body) => ok(api.POST('/v1/complaints/{id}/return-shipment', { params: withMatch, body }))}
        />
      )}
      {can('confirm_return_received') && (
        <ButtonAction
          complaint={complaint}
          label={m.actions.markReceived}
          run={() => ok(api.POST('/v1/complaints/{id}/return-received', { params: withMatch, body: {} }))}
        />
      )}
      {can('report_inspection') && <InspectionForm complaint={complaint} />}
      {can('ship_replacement') && (
        <ShipmentForm
          complaint={complaint}
          title={m.actions.sellerShipment}
          run={(body) => ok(api.POST('/v1/complaints/{id}/seller-shipment', { params: withMatch, body }))}
        />
      )}
      {can('confirm_receipt') && (
        <ButtonAction
          complaint={complaint}
          label={m.actions.confirmReceipt}
          confirm={m.actions.confirmReceiptConfirm}
          run={() => ok(api.POST('/v1/complaints/{id}/confirm-receipt', { params: withMatch, body: {} }))}
        />
      )}
      {can('appeal') && <AppealForm complaint={complaint} />}
      {can('escalate') && (
        <ReasonAction
          complaint={complaint}
          title={m.actions.escalate}
          run={(reason) =>
            ok(api.POST('/v1/complaints/{id}/escalate', { params: withMatch, body: { reason } }))
          }
        />
      )}
      {can('withdraw') && (
        <ReasonAction
          complaint={complaint}
          title={m.actions.withdraw}
          confirm={m.actions.withdrawConfirm}
          danger
          run={(reason) =>
            ok(api.POST('/v1/complaints/{id}/withdraw', { params: withMatch, body: { reason } }))
          }
        />
      )}
    </>
  );
}
