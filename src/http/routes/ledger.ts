import { z } from 'zod';
import type { AppDeps } from '../../app/deps.ts';
import { readAccount } from '../../app/ledger-accounts.ts';
import { actorOf } from '../server.ts';
import { errorResponses, pageQuery } from '../schemas.ts';
import type { ZodApp } from './types.ts';

export function registerLedgerRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/v1/ledger/accounts/:accountId',
    {
      schema: {
        tags: ['ledger'],
        summary: 'A ledger account: balance and postings, newest first',
        description:
          'Accounts: `order_escrow:{orderId}`, `buyer_refund:{buyerId}` (Saldo Refund), `buyer_credit:{buyerId}` (store credit), `seller_payable:{shopId}`, `platform_shipping_subsidy`, `insurer`, `marketplace_clearing`. The platform and agents read every account; a buyer reads their own refund and credit balances, a seller their payable.',
        params: z.object({ accountId: z.string().min(1).max(200) }),
        querystring: z.object(pageQuery),
        response: {
          200: z.object({
            id: z.string(),
            type: z.string().optional(),
            ownerId: z.string().nullable(),
            balance: z.number().int(),
            postings: z.array(
              z.object({
                id: z.string(),
                transactionId: z.string(),
                kind: z.string(),
                complaintId: z.string().nullable(),
                orderId: z.string().nullable(),
                currency: z.string(),
                amount: z.number().int(),
                createdAt: z.string(),
              }),
            ),
            nextCursor: z.string().nullable(),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => readAccount(deps, actorOf(request), request.params.accountId, request.query),
  );
}
