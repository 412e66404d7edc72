import type { paths } from './schema.d.ts';

/** The JSON body of a successful response of one operation. */
type Ok<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  responses: { 200: { content: { 'application/json': infer B } } };
}
  ? B
  : paths[P][M] extends { responses: { 201: { content: { 'application/json': infer B } } } }
    ? B
    : never;

export type Complaint = Ok<'/v1/complaints/{id}', 'get'>;
/** A complaint as lists show it (GET /v1/complaints). */
export type ComplaintRow = Ok<'/v1/complaints', 'get'>['data'][number];
export type TimelineEvent = Ok<'/v1/complaints/{id}/timeline', 'get'>['data'][number];
export type OrderItem = Ok<'/v1/orders', 'get'>['data'][number];
export type Claim = Ok<'/v1/compensation-claims', 'get'>['data'][number];
export type DemoUser = Ok<'/v1/dev/users', 'get'>['data'][number];
export type Upload = Ok<'/v1/uploads', 'post'>;

export type Category = Complaint['category'];
export type Status = Complaint['status'];
export type Program = Complaint['program'];
export type Outcome = NonNullable<Complaint['outcome']>;
export type Action = Complaint['allowedActions'][number];
export type Solution = Complaint['proposals'][number]['solution'];
export type SolutionType = Solution['type'];
export type Deadline = Complaint['deadlines'][number];
export type DeadlineKind = Deadline['kind'];
export type EvidenceKind = Complaint['evidence'][number]['kind'];
export type SettlementLine = NonNullable<Complaint['settlement']>['lines'][number];
export type WaitingOn = Complaint['waitingOn'];
export type Address = NonNullable<NonNullable<Complaint['execution']>['returnAddress']>;

export type Role = 'buyer' | 'seller' | 'agent' | 'admin';
