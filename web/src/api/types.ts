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
export type ComplaintList = Ok<'/v1/complaints', 'get'>;
export type TimelinePage = Ok<'/v1/complaints/{id}/timeline', 'get'>;
export type TimelineEvent = TimelinePage['data'][number];
export type OrderList = Ok<'/v1/orders', 'get'>;
export type OrderItem = OrderList['data'][number];
export type Eligibility = Ok<'/v1/orders/{orderId}/eligibility', 'get'>;
export type Quote = Ok<'/v1/complaints/{id}/settlement-quote', 'get'>;
export type QueueItem = Ok<'/v1/agent/queue', 'get'>['data'][number];
export type Claim = Ok<'/v1/compensation-claims', 'get'>['data'][number];
export type NotificationList = Ok<'/v1/notifications', 'get'>;
export type DemoUser = Ok<'/v1/dev/users', 'get'>['data'][number];
export type Upload = Ok<'/v1/uploads', 'post'>;
export type Policy = Ok<'/v1/policy', 'get'>;

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
export type Execution = NonNullable<Complaint['execution']>;

export type Role = 'buyer' | 'seller' | 'agent' | 'admin';
