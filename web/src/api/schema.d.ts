// Generated from /openapi.json by `npm run api:types` (scripts/api-types.ts). Do not edit.
// test/web-contract.test.ts fails when this file no longer matches the API.
export interface paths {
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Prometheus metrics */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/healthz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness: the process is up */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              status: 'ok';
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/readyz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readiness: database reachable, migrations applied, workers running */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              ready: boolean;
              checks: {
                [key: string]: {
                  ok: boolean;
                  detail?: string;
                };
              };
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              ready: boolean;
              checks: {
                [key: string]: {
                  ok: boolean;
                  detail?: string;
                };
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The caller, as the credentials say
     * @description The user of a token (`role` as the token says: buyer, seller, agent or admin; `shopId` for sellers), or the platform or insurer of an API key. 401 without valid credentials.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              userId: string;
              /** @enum {string} */
              role: 'buyer' | 'seller' | 'agent' | 'admin' | 'platform' | 'insurer';
              shopId: string | null;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orders/{orderId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read an order (its buyer, its shop, agents, the platform) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          orderId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              buyerId: string;
              shopId: string;
              /** @default false */
              shopIsMall: boolean;
              /** @default IDR */
              currency: string;
              items: {
                lineId: string;
                /** @default  */
                sku: string;
                name: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                unitPrice: number;
                quantity: number;
              }[];
              /**
               * @description An amount in the minor unit of the currency (IDR: rupiah).
               * @default 0
               */
              shippingCost: number;
              /** @default false */
              shippingPromoUsed: boolean;
              /** @default false */
              shippingInsurance: boolean;
              /** @default null */
              courier: string | null;
              /** @default null */
              trackingNumber: string | null;
              /** @enum {string} */
              status: 'paid' | 'shipped' | 'delivered' | 'completed' | 'cancelled';
              /** @default null */
              shippedAt: string | null;
              /** @default null */
              deliveredAt: string | null;
              /** @default null */
              receivedConfirmedAt: string | null;
              id: string;
              /** @description An amount in the minor unit of the currency (IDR: rupiah). */
              paidTotal: number;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    /**
     * Upsert an order snapshot (platform)
     * @description Idempotent. The order’s parties, items and amounts are fixed by the first snapshot (its payment is held in escrow from then on); later snapshots update status and dates. 201 when new, 200 when updated.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          orderId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            buyerId: string;
            shopId: string;
            /** @default false */
            shopIsMall?: boolean;
            /** @default IDR */
            currency?: string;
            items: {
              lineId: string;
              /** @default  */
              sku?: string;
              name: string;
              /** @description An amount in the minor unit of the currency (IDR: rupiah). */
              unitPrice: number;
              quantity: number;
            }[];
            /**
             * @description An amount in the minor unit of the currency (IDR: rupiah).
             * @default 0
             */
            shippingCost?: number;
            /** @default false */
            shippingPromoUsed?: boolean;
            /** @default false */
            shippingInsurance?: boolean;
            /** @default null */
            courier?: string | null;
            /** @default null */
            trackingNumber?: string | null;
            /** @enum {string} */
            status: 'paid' | 'shipped' | 'delivered' | 'completed' | 'cancelled';
            /** @default null */
            shippedAt?: string | null;
            /** @default null */
            deliveredAt?: string | null;
            /** @default null */
            receivedConfirmedAt?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              buyerId: string;
              shopId: string;
              /** @default false */
              shopIsMall: boolean;
              /** @default IDR */
              currency: string;
              items: {
                lineId: string;
                /** @default  */
                sku: string;
                name: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                unitPrice: number;
                quantity: number;
              }[];
              /**
               * @description An amount in the minor unit of the currency (IDR: rupiah).
               * @default 0
               */
              shippingCost: number;
              /** @default false */
              shippingPromoUsed: boolean;
              /** @default false */
              shippingInsurance: boolean;
              /** @default null */
              courier: string | null;
              /** @default null */
              trackingNumber: string | null;
              /** @enum {string} */
              status: 'paid' | 'shipped' | 'delivered' | 'completed' | 'cancelled';
              /** @default null */
              shippedAt: string | null;
              /** @default null */
              deliveredAt: string | null;
              /** @default null */
              receivedConfirmedAt: string | null;
              id: string;
              /** @description An amount in the minor unit of the currency (IDR: rupiah). */
              paidTotal: number;
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              buyerId: string;
              shopId: string;
              /** @default false */
              shopIsMall: boolean;
              /** @default IDR */
              currency: string;
              items: {
                lineId: string;
                /** @default  */
                sku: string;
                name: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                unitPrice: number;
                quantity: number;
              }[];
              /**
               * @description An amount in the minor unit of the currency (IDR: rupiah).
               * @default 0
               */
              shippingCost: number;
              /** @default false */
              shippingPromoUsed: boolean;
              /** @default false */
              shippingInsurance: boolean;
              /** @default null */
              courier: string | null;
              /** @default null */
              trackingNumber: string | null;
              /** @enum {string} */
              status: 'paid' | 'shipped' | 'delivered' | 'completed' | 'cancelled';
              /** @default null */
              shippedAt: string | null;
              /** @default null */
              deliveredAt: string | null;
              /** @default null */
              receivedConfirmedAt: string | null;
              id: string;
              /** @description An amount in the minor unit of the currency (IDR: rupiah). */
              paidTotal: number;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the orders the caller may see, newest first
     * @description A buyer sees their own orders, a seller their shop’s, agents and the platform every order (narrowed by `buyerId` or `shopId`). Each order comes with the complaints filed on it and, for its buyer, the `eligibility` to file one now (as `GET /v1/orders/{orderId}/eligibility`).
     */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
          buyerId?: string;
          shopId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                order: {
                  buyerId: string;
                  shopId: string;
                  /** @default false */
                  shopIsMall: boolean;
                  /** @default IDR */
                  currency: string;
                  items: {
                    lineId: string;
                    /** @default  */
                    sku: string;
                    name: string;
                    /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                    unitPrice: number;
                    quantity: number;
                  }[];
                  /**
                   * @description An amount in the minor unit of the currency (IDR: rupiah).
                   * @default 0
                   */
                  shippingCost: number;
                  /** @default false */
                  shippingPromoUsed: boolean;
                  /** @default false */
                  shippingInsurance: boolean;
                  /** @default null */
                  courier: string | null;
                  /** @default null */
                  trackingNumber: string | null;
                  /** @enum {string} */
                  status: 'paid' | 'shipped' | 'delivered' | 'completed' | 'cancelled';
                  /** @default null */
                  shippedAt: string | null;
                  /** @default null */
                  deliveredAt: string | null;
                  /** @default null */
                  receivedConfirmedAt: string | null;
                  id: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  paidTotal: number;
                };
                complaints: {
                  id: string;
                  /** @enum {string} */
                  status:
                    | 'awaiting_evidence'
                    | 'awaiting_seller'
                    | 'negotiating'
                    | 'escalated'
                    | 'awaiting_return_shipment'
                    | 'return_in_transit'
                    | 'return_inspection'
                    | 'awaiting_seller_shipment'
                    | 'seller_shipment_in_transit'
                    | 'resolved'
                    | 'closed';
                  /** @enum {string} */
                  category:
                    | 'not_received'
                    | 'damaged'
                    | 'missing_items'
                    | 'not_as_described'
                    | 'counterfeit'
                    | 'shipping_cost';
                }[];
                eligibility: {
                  eligible: boolean;
                  code: string | null;
                  until: string | null;
                  categories: {
                    /** @enum {string} */
                    category:
                      | 'not_received'
                      | 'damaged'
                      | 'missing_items'
                      | 'not_as_described'
                      | 'counterfeit'
                      | 'shipping_cost';
                    eligible: boolean;
                    /** @enum {string} */
                    program: 'standard' | 'garansi_7_hari' | 'pasti_ori';
                    code: string | null;
                    solutions: (
                      | 'refund'
                      | 'return_refund'
                      | 'return_exchange'
                      | 'send_missing'
                      | 'resend'
                      | 'shipping_refund'
                    )[];
                  }[];
                } | null;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orders/{orderId}/eligibility': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * May the calling buyer file a complaint on this order
     * @description Which categories are open (each with the program it would fall under and, when closed, the refusal code), and until when.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          orderId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              orderId: string;
              eligible: boolean;
              code: string | null;
              until: string | null;
              categories: {
                /** @enum {string} */
                category:
                  | 'not_received'
                  | 'damaged'
                  | 'missing_items'
                  | 'not_as_described'
                  | 'counterfeit'
                  | 'shipping_cost';
                eligible: boolean;
                /** @enum {string} */
                program: 'standard' | 'garansi_7_hari' | 'pasti_ori';
                code: string | null;
                solutions: (
                  | 'refund'
                  | 'return_refund'
                  | 'return_exchange'
                  | 'send_missing'
                  | 'resend'
                  | 'shipping_refund'
                )[];
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/complaints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the complaints the caller may see, newest first or most urgent first
     * @description Each row is the complaint as lists show it (where it stands, whose move it is, its running deadlines); read the complaint for its proposals, evidence, settlement and `allowedActions`. Buyers see their complaints, sellers their shop’s, the insurer Pasti Ori ones, agents all. Keyset-paginated: pass `nextCursor` as `cursor` for the next page.
     */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
          /** @description One or more statuses (repeat the parameter or separate with commas). */
          status?:
            | (
                | 'awaiting_evidence'
                | 'awaiting_seller'
                | 'negotiating'
                | 'escalated'
                | 'awaiting_return_shipment'
                | 'return_in_transit'
                | 'return_inspection'
                | 'awaiting_seller_shipment'
                | 'seller_shipment_in_transit'
                | 'resolved'
                | 'closed'
              )
            | (
                | 'awaiting_evidence'
                | 'awaiting_seller'
                | 'negotiating'
                | 'escalated'
                | 'awaiting_return_shipment'
                | 'return_in_transit'
                | 'return_inspection'
                | 'awaiting_seller_shipment'
                | 'seller_shipment_in_transit'
                | 'resolved'
                | 'closed'
              )[];
          orderId?: string;
          program?: 'standard' | 'garansi_7_hari' | 'pasti_ori';
          category?:
            | 'not_received'
            | 'damaged'
            | 'missing_items'
            | 'not_as_described'
            | 'counterfeit'
            | 'shipping_cost';
          /** @description Complaints with a breached SLA deadline. */
          breaching?: 'true' | 'false';
          assignedAgentId?: string;
          /** @description Whose move it is (e.g. `seller` for a seller’s “needs action”). */
          waitingOn?: 'buyer' | 'seller' | 'agent' | 'courier' | 'insurer' | 'none';
          /** @description `newest` (default) by filing time; `deadline`: most urgent first, by the earliest running deadline (complaints with none last). */
          sort?: 'newest' | 'deadline';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                orderId: string;
                buyerId: string;
                shopId: string;
                shopIsMall: boolean;
                /** @enum {string} */
                category:
                  | 'not_received'
                  | 'damaged'
                  | 'missing_items'
                  | 'not_as_described'
                  | 'counterfeit'
                  | 'shipping_cost';
                /** @enum {string} */
                program: 'standard' | 'garansi_7_hari' | 'pasti_ori';
                /** @enum {string} */
                status:
                  | 'awaiting_evidence'
                  | 'awaiting_seller'
                  | 'negotiating'
                  | 'escalated'
                  | 'awaiting_return_shipment'
                  | 'return_in_transit'
                  | 'return_inspection'
                  | 'awaiting_seller_shipment'
                  | 'seller_shipment_in_transit'
                  | 'resolved'
                  | 'closed';
                outcome:
                  | (
                      | 'refund'
                      | 'shipping_refund'
                      | 'return_refund'
                      | 'exchange'
                      | 'missing_items_sent'
                      | 'resent'
                      | 'seller_unresponsive'
                      | 'withdrawn'
                      | 'expired_no_evidence'
                      | 'expired_no_return'
                      | 'closed_by_agent'
                    )
                  | null;
                currency: string;
                items: {
                  lineId: string;
                  sku: string;
                  name: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  unitPrice: number;
                  quantity: number;
                }[];
                refundable: {
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  itemsValue: number;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  shippingShare: number;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  maximum: number;
                };
                /** @enum {string} */
                waitingOn: 'buyer' | 'seller' | 'agent' | 'courier' | 'insurer' | 'none';
                deadlines: {
                  /** @enum {string} */
                  kind:
                    | 'evidence_submission'
                    | 'seller_response'
                    | 'proposal_response'
                    | 'renegotiation'
                    | 'agent_response'
                    | 'agent_decision'
                    | 'evidence_request'
                    | 'appeal_window'
                    | 'return_address'
                    | 'return_shipment'
                    | 'return_transit'
                    | 'return_inspection'
                    | 'seller_shipment'
                    | 'seller_shipment_transit'
                    | 'seller_shipment_confirmation';
                  dueAt: string;
                  /** @description What happens automatically when it passes (sla_breach: counted, no automatic outcome). */
                  onExpiry: string;
                  /** @description Who must act before it passes. */
                  party: string;
                  breached: boolean;
                }[];
                assignedAgentId: string | null;
                /** @description An appeal waits for a second agent’s decision. */
                isAppealPending: boolean;
                /** @description Increases with every change; sent as the ETag. */
                revision: number;
                filedAt: string;
                updatedAt: string;
                endedAt: string | null;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /**
     * File a complaint (buyer)
     * @description Refused with 422 and its own code for each rule of filing: order_not_delivered, order_not_shipped, already_confirmed, complaint_window_closed, complaint_already_open, counterfeit_requires_mall, unknown_order_line, quantity_exceeds_order, solution_not_allowed, amount_exceeds_maximum. The desired solution becomes the first proposal, addressed to the seller.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Replays the first response for the same key and body; another body with the same key is 422. */
          'idempotency-key'?: string;
          /** @description The complaint revision the caller last saw (quoted or not); a stale one is 412. */
          'if-match'?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            orderId: string;
            /** @enum {string} */
            category:
              | 'not_received'
              | 'damaged'
              | 'missing_items'
              | 'not_as_described'
              | 'counterfeit'
              | 'shipping_cost';
            description: string;
            items: {
              lineId: string;
              quantity: number;
            }[];
            desiredSolution: {
              /** @enum {string} */
              type:
                | 'refund'
                | 'return_refund'
                | 'return_exchange'
                | 'send_missing'
                | 'resend'
                | 'shipping_refund';
              /** @description For refund and shipping_refund; absent means the full refundable amount. */
              amount?: number;
            };
          };
        };
      };
      responses: {
        /** @description A complaint as the caller sees it. */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orderId: string;
              buyerId: string;
              shopId: string;
              shopIsMall: boolean;
              /** @enum {string} */
              category:
                | 'not_received'
                | 'damaged'
                | 'missing_items'
                | 'not_as_described'
                | 'counterfeit'
                | 'shipping_cost';
              /** @enum {string} */
              program: 'standard' | 'garansi_7_hari' | 'pasti_ori';
              /** @enum {string} */
              status:
                | 'awaiting_evidence'
                | 'awaiting_seller'
                | 'negotiating'
                | 'escalated'
                | 'awaiting_return_shipment'
                | 'return_in_transit'
                | 'return_inspection'
                | 'awaiting_seller_shipment'
                | 'seller_shipment_in_transit'
                | 'resolved'
                | 'closed';
              outcome:
                | (
                    | 'refund'
                    | 'shipping_refund'
                    | 'return_refund'
                    | 'exchange'
                    | 'missing_items_sent'
                    | 'resent'
                    | 'seller_unresponsive'
                    | 'withdrawn'
                    | 'expired_no_evidence'
                    | 'expired_no_return'
                    | 'closed_by_agent'
                  )
                | null;
              description: string;
              currency: string;
              items: {
                lineId: string;
                sku: string;
                name: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                unitPrice: number;
                quantity: number;
              }[];
              refundable: {
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                itemsValue: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                shippingShare: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                maximum: number;
              };
              shippingInsurance: {
                applies: boolean;
              };
              policyVersion: number;
              /** @description Increases with every change; sent as the ETag. */
              revision: number;
              /** @enum {string} */
              waitingOn: 'buyer' | 'seller' | 'agent' | 'courier' | 'insurer' | 'none';
              allowedActions: (
                | 'add_evidence'
                | 'submit_evidence'
                | 'message'
                | 'propose'
                | 'accept_proposal'
                | 'reject_proposal'
                | 'escalate'
                | 'withdraw'
                | 'assign'
                | 'decide'
                | 'appeal'
                | 'add_note'
                | 'request_evidence'
                | 'extend_deadline'
                | 'close'
                | 'set_return_address'
                | 'ship_return'
                | 'report_delivery'
                | 'confirm_return_received'
                | 'report_inspection'
                | 'ship_replacement'
                | 'confirm_receipt'
                | 'decide_compensation'
              )[];
              /** @description The solution types that fit the complaint’s category (for proposals and decisions). */
              allowedSolutions: (
                'refund' | 'return_refund' | 'return_exchange' | 'send_missing' | 'resend' | 'shipping_refund'
              )[];
              deadlines: {
                /** @enum {string} */
                kind:
                  | 'evidence_submission'
                  | 'seller_response'
                  | 'proposal_response'
                  | 'renegotiation'
                  | 'agent_response'
                  | 'agent_decision'
                  | 'evidence_request'
                  | 'appeal_window'
                  | 'return_address'
                  | 'return_shipment'
                  | 'return_transit'
                  | 'return_inspection'
                  | 'seller_shipment'
                  | 'seller_shipment_transit'
                  | 'seller_shipment_confirmation';
                dueAt: string;
                /** @description What happens automatically when it passes (sla_breach: counted, no automatic outcome). */
                onExpiry: string;
                /** @description Who must act before it passes. */
                party: string;
                breached: boolean;
              }[];
              proposals: {
                id: string;
                by: string;
                addressedTo: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                status: string;
                createdAt: string;
                clockStartsAt: string | null;
                respondedAt: string | null;
                rejectionReason: string | null;
              }[];
              evidence: {
                id: string;
                /** @enum {string} */
                kind:
                  | 'chronology'
                  | 'product_photo'
                  | 'packaging_photo'
                  | 'unboxing_video'
                  | 'invoice'
                  | 'shipping_label'
                  | 'other';
                attachmentId: string | null;
                text: string | null;
                by: string;
                at: string;
                forAppeal: boolean;
              }[];
              evidenceChecklist: {
                anyOf: string[];
                min: number;
                minTextLength?: number;
                have: number;
                satisfied: boolean;
              }[];
              escalation: {
                at: string;
                by: string;
                reason: string;
                /**
                 * @description When Sepakat worded the reason itself: a stable code to show it in the reader’s language.
                 * @enum {string}
                 */
                reasonCode?:
                  'no_new_proposal' | 'return_lost' | 'seller_shipment_lost' | 'inspection_rejected';
              } | null;
              assignedAgentId: string | null;
              decision: {
                id: string;
                agentId: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                reason: string;
                at: string;
                isFinal: boolean;
              } | null;
              appeal: {
                by: string;
                reason: string;
                at: string;
              } | null;
              evidenceRequest: {
                from: string;
                note: string;
                requestedBy: string;
                at: string;
                dueAt: string;
              } | null;
              settlement: {
                currency: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                buyerRefund: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                sellerRelease: number;
                settledAt: string;
                lines: {
                  kind: string;
                  /** @enum {string} */
                  to: 'buyer' | 'seller';
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  amount: number;
                  /** @enum {string} */
                  fundedBy: 'escrow' | 'platform' | 'insurer';
                  dueAt?: string;
                  status?: string;
                }[];
              } | null;
              /** @description Carrying out the agreed or decided solution: the return address, the shipments, the inspection. */
              execution: {
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                startedAt: string;
                returnAddress: {
                  name: string;
                  phone: string;
                  line1: string;
                  line2?: string;
                  city: string;
                  province: string;
                  postalCode: string;
                  /** @default ID */
                  country: string;
                } | null;
                returnAddressAt: string | null;
                returnShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                returnReceivedAt: string | null;
                inspection: {
                  /** @enum {string} */
                  result: 'accepted' | 'rejected';
                  note: string;
                  evidenceIds: string[];
                  at: string;
                } | null;
                sellerShipmentDueFrom: string | null;
                sellerShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                receiptConfirmedAt: string | null;
              } | null;
              extensions: ({
                kind: string;
                baseDueAt: string;
                hours: number;
                reason: string;
                at: string;
              } & {
                [key: string]: unknown;
              })[];
              filedAt: string;
              updatedAt: string;
              endedAt: string | null;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/complaints/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read a complaint (its parties, agents) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A complaint as the caller sees it. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orderId: string;
              buyerId: string;
              shopId: string;
              shopIsMall: boolean;
              /** @enum {string} */
              category:
                | 'not_received'
                | 'damaged'
                | 'missing_items'
                | 'not_as_described'
                | 'counterfeit'
                | 'shipping_cost';
              /** @enum {string} */
              program: 'standard' | 'garansi_7_hari' | 'pasti_ori';
              /** @enum {string} */
              status:
                | 'awaiting_evidence'
                | 'awaiting_seller'
                | 'negotiating'
                | 'escalated'
                | 'awaiting_return_shipment'
                | 'return_in_transit'
                | 'return_inspection'
                | 'awaiting_seller_shipment'
                | 'seller_shipment_in_transit'
                | 'resolved'
                | 'closed';
              outcome:
                | (
                    | 'refund'
                    | 'shipping_refund'
                    | 'return_refund'
                    | 'exchange'
                    | 'missing_items_sent'
                    | 'resent'
                    | 'seller_unresponsive'
                    | 'withdrawn'
                    | 'expired_no_evidence'
                    | 'expired_no_return'
                    | 'closed_by_agent'
                  )
                | null;
              description: string;
              currency: string;
              items: {
                lineId: string;
                sku: string;
                name: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                unitPrice: number;
                quantity: number;
              }[];
              refundable: {
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                itemsValue: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                shippingShare: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                maximum: number;
              };
              shippingInsurance: {
                applies: boolean;
              };
              policyVersion: number;
              /** @description Increases with every change; sent as the ETag. */
              revision: number;
              /** @enum {string} */
              waitingOn: 'buyer' | 'seller' | 'agent' | 'courier' | 'insurer' | 'none';
              allowedActions: (
                | 'add_evidence'
                | 'submit_evidence'
                | 'message'
                | 'propose'
                | 'accept_proposal'
                | 'reject_proposal'
                | 'escalate'
                | 'withdraw'
                | 'assign'
                | 'decide'
                | 'appeal'
                | 'add_note'
                | 'request_evidence'
                | 'extend_deadline'
                | 'close'
                | 'set_return_address'
                | 'ship_return'
                | 'report_delivery'
                | 'confirm_return_received'
                | 'report_inspection'
                | 'ship_replacement'
                | 'confirm_receipt'
                | 'decide_compensation'
              )[];
              /** @description The solution types that fit the complaint’s category (for proposals and decisions). */
              allowedSolutions: (
                'refund' | 'return_refund' | 'return_exchange' | 'send_missing' | 'resend' | 'shipping_refund'
              )[];
              deadlines: {
                /** @enum {string} */
                kind:
                  | 'evidence_submission'
                  | 'seller_response'
                  | 'proposal_response'
                  | 'renegotiation'
                  | 'agent_response'
                  | 'agent_decision'
                  | 'evidence_request'
                  | 'appeal_window'
                  | 'return_address'
                  | 'return_shipment'
                  | 'return_transit'
                  | 'return_inspection'
                  | 'seller_shipment'
                  | 'seller_shipment_transit'
                  | 'seller_shipment_confirmation';
                dueAt: string;
                /** @description What happens automatically when it passes (sla_breach: counted, no automatic outcome). */
                onExpiry: string;
                /** @description Who must act before it passes. */
                party: string;
                breached: boolean;
              }[];
              proposals: {
                id: string;
                by: string;
                addressedTo: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                status: string;
                createdAt: string;
                clockStartsAt: string | null;
                respondedAt: string | null;
                rejectionReason: string | null;
              }[];
              evidence: {
                id: string;
                /** @enum {string} */
                kind:
                  | 'chronology'
                  | 'product_photo'
                  | 'packaging_photo'
                  | 'unboxing_video'
                  | 'invoice'
                  | 'shipping_label'
                  | 'other';
                attachmentId: string | null;
                text: string | null;
                by: string;
                at: string;
                forAppeal: boolean;
              }[];
              evidenceChecklist: {
                anyOf: string[];
                min: number;
                minTextLength?: number;
                have: number;
                satisfied: boolean;
              }[];
              escalation: {
                at: string;
                by: string;
                reason: string;
                /**
                 * @description When Sepakat worded the reason itself: a stable code to show it in the reader’s language.
                 * @enum {string}
                 */
                reasonCode?:
                  'no_new_proposal' | 'return_lost' | 'seller_shipment_lost' | 'inspection_rejected';
              } | null;
              assignedAgentId: string | null;
              decision: {
                id: string;
                agentId: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                reason: string;
                at: string;
                isFinal: boolean;
              } | null;
              appeal: {
                by: string;
                reason: string;
                at: string;
              } | null;
              evidenceRequest: {
                from: string;
                note: string;
                requestedBy: string;
                at: string;
                dueAt: string;
              } | null;
              settlement: {
                currency: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                buyerRefund: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                sellerRelease: number;
                settledAt: string;
                lines: {
                  kind: string;
                  /** @enum {string} */
                  to: 'buyer' | 'seller';
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  amount: number;
                  /** @enum {string} */
                  fundedBy: 'escrow' | 'platform' | 'insurer';
                  dueAt?: string;
                  status?: string;
                }[];
              } | null;
              /** @description Carrying out the agreed or decided solution: the return address, the shipments, the inspection. */
              execution: {
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                startedAt: string;
                returnAddress: {
                  name: string;
                  phone: string;
                  line1: string;
                  line2?: string;
                  city: string;
                  province: string;
                  postalCode: string;
                  /** @default ID */
                  country: string;
                } | null;
                returnAddressAt: string | null;
                returnShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                returnReceivedAt: string | null;
                inspection: {
                  /** @enum {string} */
                  result: 'accepted' | 'rejected';
                  note: string;
                  evidenceIds: string[];
                  at: string;
                } | null;
                sellerShipmentDueFrom: string | null;
                sellerShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                receiptConfirmedAt: string | null;
              } | null;
              extensions: ({
                kind: string;
                baseDueAt: string;
                hours: number;
                reason: string;
                at: string;
              } & {
                [key: string]: unknown;
              })[];
              filedAt: string;
              updatedAt: string;
              endedAt: string | null;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/complaints/{id}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The complaint’s timeline, oldest first (append-only)
     * @description Every event with its actor, type, data and time. Internal notes (visibility `agents`) are shown to agents only.
     */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                seq: number;
                type: string;
                actor: {
                  role: string;
                  id: string | null;
                };
                /** @description public, or agents for internal notes */
                visibility: string;
                data: {
                  [key: string]: unknown;
                };
                occurredAt: string;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/complaints/{id}/settlement-quote': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What a solution would pay, to whom, funded by whom (parties, agents; nothing is saved)
     * @description Runs the settlement rules on a copy of the complaint as if the solution were carried out now. A refund settles at once (`settlement`); a return settles when the item is back (`expectedLines`, with `upTo` where the amount depends on the return shipping cost). Agents see it before they decide. 422 `solution_not_allowed` or `amount_exceeds_maximum` as for a decision.
     */
    get: {
      parameters: {
        query: {
          type:
            'refund' | 'return_refund' | 'return_exchange' | 'send_missing' | 'resend' | 'shipping_refund';
          amount?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              solution: {
                /** @enum {string} */
                type:
                  | 'refund'
                  | 'return_refund'
                  | 'return_exchange'
                  | 'send_missing'
                  | 'resend'
                  | 'shipping_refund';
                /** @description For refund and shipping_refund; absent means the full refundable amount. */
                amount?: number;
              };
              /** @enum {string} */
              resultingStatus:
                | 'awaiting_evidence'
                | 'awaiting_seller'
                | 'negotiating'
                | 'escalated'
                | 'awaiting_return_shipment'
                | 'return_in_transit'
                | 'return_inspection'
                | 'awaiting_seller_shipment'
                | 'seller_shipment_in_transit'
                | 'resolved'
                | 'closed';
              settlement: {
                currency: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                buyerRefund: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                sellerRelease: number;
                lines: {
                  kind: string;
                  /** @enum {string} */
                  to: 'buyer' | 'seller';
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  amount: number;
                  /** @enum {string} */
                  fundedBy: 'escrow' | 'platform' | 'insurer';
                  dueAt?: string;
                  status?: string;
                }[];
              } | null;
              expectedLines: {
                kind: string;
                /** @enum {string} */
                to: 'buyer' | 'seller';
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                amount: number;
                /** @enum {string} */
                fundedBy: 'escrow' | 'platform' | 'insurer';
                dueAt?: string;
                status?: string;
                upTo?: boolean;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/complaints/{id}/evidence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Attach evidence (buyer, seller)
     * @description A photo or video upload (`attachmentId`) or, for a chronology, `text`. The file must fit the kind (a product_photo is a photo).
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Replays the first response for the same key and body; another body with the same key is 422. */
          'idempotency-key'?: string;
          /** @description The complaint revision the caller last saw (quoted or not); a stale one is 412. */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            kind:
              | 'chronology'
              | 'product_photo'
              | 'packaging_photo'
              | 'unboxing_video'
              | 'invoice'
              | 'shipping_label'
              | 'other';
            attachmentId?: string;
            text?: string;
          };
        };
      };
      responses: {
        /** @description A complaint as the caller sees it. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orderId: string;
              buyerId: string;
              shopId: string;
              shopIsMall: boolean;
              /** @enum {string} */
              category:
                | 'not_received'
                | 'damaged'
                | 'missing_items'
                | 'not_as_described'
                | 'counterfeit'
                | 'shipping_cost';
              /** @enum {string} */
              program: 'standard' | 'garansi_7_hari' | 'pasti_ori';
              /** @enum {string} */
              status:
                | 'awaiting_evidence'
                | 'awaiting_seller'
                | 'negotiating'
                | 'escalated'
                | 'awaiting_return_shipment'
                | 'return_in_transit'
                | 'return_inspection'
                | 'awaiting_seller_shipment'
                | 'seller_shipment_in_transit'
                | 'resolved'
                | 'closed';
              outcome:
                | (
                    | 'refund'
                    | 'shipping_refund'
                    | 'return_refund'
                    | 'exchange'
                    | 'missing_items_sent'
                    | 'resent'
                    | 'seller_unresponsive'
                    | 'withdrawn'
                    | 'expired_no_evidence'
                    | 'expired_no_return'
                    | 'closed_by_agent'
                  )
                | null;
              description: string;
              currency: string;
              items: {
                lineId: string;
                sku: string;
                name: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                unitPrice: number;
                quantity: number;
              }[];
              refundable: {
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                itemsValue: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                shippingShare: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                maximum: number;
              };
              shippingInsurance: {
                applies: boolean;
              };
              policyVersion: number;
              /** @description Increases with every change; sent as the ETag. */
              revision: number;
              /** @enum {string} */
              waitingOn: 'buyer' | 'seller' | 'agent' | 'courier' | 'insurer' | 'none';
              allowedActions: (
                | 'add_evidence'
                | 'submit_evidence'
                | 'message'
                | 'propose'
                | 'accept_proposal'
                | 'reject_proposal'
                | 'escalate'
                | 'withdraw'
                | 'assign'
                | 'decide'
                | 'appeal'
                | 'add_note'
                | 'request_evidence'
                | 'extend_deadline'
                | 'close'
                | 'set_return_address'
                | 'ship_return'
                | 'report_delivery'
                | 'confirm_return_received'
                | 'report_inspection'
                | 'ship_replacement'
                | 'confirm_receipt'
                | 'decide_compensation'
              )[];
              /** @description The solution types that fit the complaint’s category (for proposals and decisions). */
              allowedSolutions: (
                'refund' | 'return_refund' | 'return_exchange' | 'send_missing' | 'resend' | 'shipping_refund'
              )[];
              deadlines: {
                /** @enum {string} */
                kind:
                  | 'evidence_submission'
                  | 'seller_response'
                  | 'proposal_response'
                  | 'renegotiation'
                  | 'agent_response'
                  | 'agent_decision'
                  | 'evidence_request'
                  | 'appeal_window'
                  | 'return_address'
                  | 'return_shipment'
                  | 'return_transit'
                  | 'return_inspection'
                  | 'seller_shipment'
                  | 'seller_shipment_transit'
                  | 'seller_shipment_confirmation';
                dueAt: string;
                /** @description What happens automatically when it passes (sla_breach: counted, no automatic outcome). */
                onExpiry: string;
                /** @description Who must act before it passes. */
                party: string;
                breached: boolean;
              }[];
              proposals: {
                id: string;
                by: string;
                addressedTo: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                status: string;
                createdAt: string;
                clockStartsAt: string | null;
                respondedAt: string | null;
                rejectionReason: string | null;
              }[];
              evidence: {
                id: string;
                /** @enum {string} */
                kind:
                  | 'chronology'
                  | 'product_photo'
                  | 'packaging_photo'
                  | 'unboxing_video'
                  | 'invoice'
                  | 'shipping_label'
                  | 'other';
                attachmentId: string | null;
                text: string | null;
                by: string;
                at: string;
                forAppeal: boolean;
              }[];
              evidenceChecklist: {
                anyOf: string[];
                min: number;
                minTextLength?: number;
                have: number;
                satisfied: boolean;
              }[];
              escalation: {
                at: string;
                by: string;
                reason: string;
                /**
                 * @description When Sepakat worded the reason itself: a stable code to show it in the reader’s language.
                 * @enum {string}
                 */
                reasonCode?:
                  'no_new_proposal' | 'return_lost' | 'seller_shipment_lost' | 'inspection_rejected';
              } | null;
              assignedAgentId: string | null;
              decision: {
                id: string;
                agentId: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                reason: string;
                at: string;
                isFinal: boolean;
              } | null;
              appeal: {
                by: string;
                reason: string;
                at: string;
              } | null;
              evidenceRequest: {
                from: string;
                note: string;
                requestedBy: string;
                at: string;
                dueAt: string;
              } | null;
              settlement: {
                currency: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                buyerRefund: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                sellerRelease: number;
                settledAt: string;
                lines: {
                  kind: string;
                  /** @enum {string} */
                  to: 'buyer' | 'seller';
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  amount: number;
                  /** @enum {string} */
                  fundedBy: 'escrow' | 'platform' | 'insurer';
                  dueAt?: string;
                  status?: string;
                }[];
              } | null;
              /** @description Carrying out the agreed or decided solution: the return address, the shipments, the inspection. */
              execution: {
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                startedAt: string;
                returnAddress: {
                  name: string;
                  phone: string;
                  line1: string;
                  line2?: string;
                  city: string;
                  province: string;
                  postalCode: string;
                  /** @default ID */
                  country: string;
                } | null;
                returnAddressAt: string | null;
                returnShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                returnReceivedAt: string | null;
                inspection: {
                  /** @enum {string} */
                  result: 'accepted' | 'rejected';
                  note: string;
                  evidenceIds: string[];
                  at: string;
                } | null;
                sellerShipmentDueFrom: string | null;
                sellerShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                receiptConfirmedAt: string | null;
              } | null;
              extensions: ({
                kind: string;
                baseDueAt: string;
                hours: number;
                reason: string;
                at: string;
              } & {
                [key: string]: unknown;
              })[];
              filedAt: string;
              updatedAt: string;
              endedAt: string | null;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/complaints/{id}/evidence/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Submit the evidence as complete (buyer)
     * @description 422 evidence_incomplete with `missing[]` when the checklist of the category is not met.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Replays the first response for the same key and body; another body with the same key is 422. */
          'idempotency-key'?: string;
          /** @description The complaint revision the caller last saw (quoted or not); a stale one is 412. */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never> | null;
        };
      };
      responses: {
        /** @description A complaint as the caller sees it. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orderId: string;
              buyerId: string;
              shopId: string;
              shopIsMall: boolean;
              /** @enum {string} */
              category:
                | 'not_received'
                | 'damaged'
                | 'missing_items'
                | 'not_as_described'
                | 'counterfeit'
                | 'shipping_cost';
              /** @enum {string} */
              program: 'standard' | 'garansi_7_hari' | 'pasti_ori';
              /** @enum {string} */
              status:
                | 'awaiting_evidence'
                | 'awaiting_seller'
                | 'negotiating'
                | 'escalated'
                | 'awaiting_return_shipment'
                | 'return_in_transit'
                | 'return_inspection'
                | 'awaiting_seller_shipment'
                | 'seller_shipment_in_transit'
                | 'resolved'
                | 'closed';
              outcome:
                | (
                    | 'refund'
                    | 'shipping_refund'
                    | 'return_refund'
                    | 'exchange'
                    | 'missing_items_sent'
                    | 'resent'
                    | 'seller_unresponsive'
                    | 'withdrawn'
                    | 'expired_no_evidence'
                    | 'expired_no_return'
                    | 'closed_by_agent'
                  )
                | null;
              description: string;
              currency: string;
              items: {
                lineId: string;
                sku: string;
                name: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                unitPrice: number;
                quantity: number;
              }[];
              refundable: {
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                itemsValue: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                shippingShare: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                maximum: number;
              };
              shippingInsurance: {
                applies: boolean;
              };
              policyVersion: number;
              /** @description Increases with every change; sent as the ETag. */
              revision: number;
              /** @enum {string} */
              waitingOn: 'buyer' | 'seller' | 'agent' | 'courier' | 'insurer' | 'none';
              allowedActions: (
                | 'add_evidence'
                | 'submit_evidence'
                | 'message'
                | 'propose'
                | 'accept_proposal'
                | 'reject_proposal'
                | 'escalate'
                | 'withdraw'
                | 'assign'
                | 'decide'
                | 'appeal'
                | 'add_note'
                | 'request_evidence'
                | 'extend_deadline'
                | 'close'
                | 'set_return_address'
                | 'ship_return'
                | 'report_delivery'
                | 'confirm_return_received'
                | 'report_inspection'
                | 'ship_replacement'
                | 'confirm_receipt'
                | 'decide_compensation'
              )[];
              /** @description The solution types that fit the complaint’s category (for proposals and decisions). */
              allowedSolutions: (
                'refund' | 'return_refund' | 'return_exchange' | 'send_missing' | 'resend' | 'shipping_refund'
              )[];
              deadlines: {
                /** @enum {string} */
                kind:
                  | 'evidence_submission'
                  | 'seller_response'
                  | 'proposal_response'
                  | 'renegotiation'
                  | 'agent_response'
                  | 'agent_decision'
                  | 'evidence_request'
                  | 'appeal_window'
                  | 'return_address'
                  | 'return_shipment'
                  | 'return_transit'
                  | 'return_inspection'
                  | 'seller_shipment'
                  | 'seller_shipment_transit'
                  | 'seller_shipment_confirmation';
                dueAt: string;
                /** @description What happens automatically when it passes (sla_breach: counted, no automatic outcome). */
                onExpiry: string;
                /** @description Who must act before it passes. */
                party: string;
                breached: boolean;
              }[];
              proposals: {
                id: string;
                by: string;
                addressedTo: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                status: string;
                createdAt: string;
                clockStartsAt: string | null;
                respondedAt: string | null;
                rejectionReason: string | null;
              }[];
              evidence: {
                id: string;
                /** @enum {string} */
                kind:
                  | 'chronology'
                  | 'product_photo'
                  | 'packaging_photo'
                  | 'unboxing_video'
                  | 'invoice'
                  | 'shipping_label'
                  | 'other';
                attachmentId: string | null;
                text: string | null;
                by: string;
                at: string;
                forAppeal: boolean;
              }[];
              evidenceChecklist: {
                anyOf: string[];
                min: number;
                minTextLength?: number;
                have: number;
                satisfied: boolean;
              }[];
              escalation: {
                at: string;
                by: string;
                reason: string;
                /**
                 * @description When Sepakat worded the reason itself: a stable code to show it in the reader’s language.
                 * @enum {string}
                 */
                reasonCode?:
                  'no_new_proposal' | 'return_lost' | 'seller_shipment_lost' | 'inspection_rejected';
              } | null;
              assignedAgentId: string | null;
              decision: {
                id: string;
                agentId: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                reason: string;
                at: string;
                isFinal: boolean;
              } | null;
              appeal: {
                by: string;
                reason: string;
                at: string;
              } | null;
              evidenceRequest: {
                from: string;
                note: string;
                requestedBy: string;
                at: string;
                dueAt: string;
              } | null;
              settlement: {
                currency: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                buyerRefund: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                sellerRelease: number;
                settledAt: string;
                lines: {
                  kind: string;
                  /** @enum {string} */
                  to: 'buyer' | 'seller';
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  amount: number;
                  /** @enum {string} */
                  fundedBy: 'escrow' | 'platform' | 'insurer';
                  dueAt?: string;
                  status?: string;
                }[];
              } | null;
              /** @description Carrying out the agreed or decided solution: the return address, the shipments, the inspection. */
              execution: {
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                startedAt: string;
                returnAddress: {
                  name: string;
                  phone: string;
                  line1: string;
                  line2?: string;
                  city: string;
                  province: string;
                  postalCode: string;
                  /** @default ID */
                  country: string;
                } | null;
                returnAddressAt: string | null;
                returnShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                returnReceivedAt: string | null;
                inspection: {
                  /** @enum {string} */
                  result: 'accepted' | 'rejected';
                  note: string;
                  evidenceIds: string[];
                  at: string;
                } | null;
                sellerShipmentDueFrom: string | null;
                sellerShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                receiptConfirmedAt: string | null;
              } | null;
              extensions: ({
                kind: string;
                baseDueAt: string;
                hours: number;
                reason: string;
                at: string;
              } & {
                [key: string]: unknown;
              })[];
              filedAt: string;
              updatedAt: string;
              endedAt: string | null;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/complaints/{id}/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Post a message (parties, agents) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Replays the first response for the same key and body; another body with the same key is 422. */
          'idempotency-key'?: string;
          /** @description The complaint revision the caller last saw (quoted or not); a stale one is 412. */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            body: string;
            /** @default [] */
            attachmentIds?: string[];
          };
        };
      };
      responses: {
        /** @description A complaint as the caller sees it. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orderId: string;
              buyerId: string;
              shopId: string;
              shopIsMall: boolean;
              /** @enum {string} */
              category:
                | 'not_received'
                | 'damaged'
                | 'missing_items'
                | 'not_as_described'
                | 'counterfeit'
                | 'shipping_cost';
              /** @enum {string} */
              program: 'standard' | 'garansi_7_hari' | 'pasti_ori';
              /** @enum {string} */
              status:
                | 'awaiting_evidence'
                | 'awaiting_seller'
                | 'negotiating'
                | 'escalated'
                | 'awaiting_return_shipment'
                | 'return_in_transit'
                | 'return_inspection'
                | 'awaiting_seller_shipment'
                | 'seller_shipment_in_transit'
                | 'resolved'
                | 'closed';
              outcome:
                | (
                    | 'refund'
                    | 'shipping_refund'
                    | 'return_refund'
                    | 'exchange'
                    | 'missing_items_sent'
                    | 'resent'
                    | 'seller_unresponsive'
                    | 'withdrawn'
                    | 'expired_no_evidence'
                    | 'expired_no_return'
                    | 'closed_by_agent'
                  )
                | null;
              description: string;
              currency: string;
              items: {
                lineId: string;
                sku: string;
                name: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                unitPrice: number;
                quantity: number;
              }[];
              refundable: {
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                itemsValue: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                shippingShare: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                maximum: number;
              };
              shippingInsurance: {
                applies: boolean;
              };
              policyVersion: number;
              /** @description Increases with every change; sent as the ETag. */
              revision: number;
              /** @enum {string} */
              waitingOn: 'buyer' | 'seller' | 'agent' | 'courier' | 'insurer' | 'none';
              allowedActions: (
                | 'add_evidence'
                | 'submit_evidence'
                | 'message'
                | 'propose'
                | 'accept_proposal'
                | 'reject_proposal'
                | 'escalate'
                | 'withdraw'
                | 'assign'
                | 'decide'
                | 'appeal'
                | 'add_note'
                | 'request_evidence'
                | 'extend_deadline'
                | 'close'
                | 'set_return_address'
                | 'ship_return'
                | 'report_delivery'
                | 'confirm_return_received'
                | 'report_inspection'
                | 'ship_replacement'
                | 'confirm_receipt'
                | 'decide_compensation'
              )[];
              /** @description The solution types that fit the complaint’s category (for proposals and decisions). */
              allowedSolutions: (
                'refund' | 'return_refund' | 'return_exchange' | 'send_missing' | 'resend' | 'shipping_refund'
              )[];
              deadlines: {
                /** @enum {string} */
                kind:
                  | 'evidence_submission'
                  | 'seller_response'
                  | 'proposal_response'
                  | 'renegotiation'
                  | 'agent_response'
                  | 'agent_decision'
                  | 'evidence_request'
                  | 'appeal_window'
                  | 'return_address'
                  | 'return_shipment'
                  | 'return_transit'
                  | 'return_inspection'
                  | 'seller_shipment'
                  | 'seller_shipment_transit'
                  | 'seller_shipment_confirmation';
                dueAt: string;
                /** @description What happens automatically when it passes (sla_breach: counted, no automatic outcome). */
                onExpiry: string;
                /** @description Who must act before it passes. */
                party: string;
                breached: boolean;
              }[];
              proposals: {
                id: string;
                by: string;
                addressedTo: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                status: string;
                createdAt: string;
                clockStartsAt: string | null;
                respondedAt: string | null;
                rejectionReason: string | null;
              }[];
              evidence: {
                id: string;
                /** @enum {string} */
                kind:
                  | 'chronology'
                  | 'product_photo'
                  | 'packaging_photo'
                  | 'unboxing_video'
                  | 'invoice'
                  | 'shipping_label'
                  | 'other';
                attachmentId: string | null;
                text: string | null;
                by: string;
                at: string;
                forAppeal: boolean;
              }[];
              evidenceChecklist: {
                anyOf: string[];
                min: number;
                minTextLength?: number;
                have: number;
                satisfied: boolean;
              }[];
              escalation: {
                at: string;
                by: string;
                reason: string;
                /**
                 * @description When Sepakat worded the reason itself: a stable code to show it in the reader’s language.
                 * @enum {string}
                 */
                reasonCode?:
                  'no_new_proposal' | 'return_lost' | 'seller_shipment_lost' | 'inspection_rejected';
              } | null;
              assignedAgentId: string | null;
              decision: {
                id: string;
                agentId: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                reason: string;
                at: string;
                isFinal: boolean;
              } | null;
              appeal: {
                by: string;
                reason: string;
                at: string;
              } | null;
              evidenceRequest: {
                from: string;
                note: string;
                requestedBy: string;
                at: string;
                dueAt: string;
              } | null;
              settlement: {
                currency: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                buyerRefund: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                sellerRelease: number;
                settledAt: string;
                lines: {
                  kind: string;
                  /** @enum {string} */
                  to: 'buyer' | 'seller';
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  amount: number;
                  /** @enum {string} */
                  fundedBy: 'escrow' | 'platform' | 'insurer';
                  dueAt?: string;
                  status?: string;
                }[];
              } | null;
              /** @description Carrying out the agreed or decided solution: the return address, the shipments, the inspection. */
              execution: {
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                startedAt: string;
                returnAddress: {
                  name: string;
                  phone: string;
                  line1: string;
                  line2?: string;
                  city: string;
                  province: string;
                  postalCode: string;
                  /** @default ID */
                  country: string;
                } | null;
                returnAddressAt: string | null;
                returnShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                returnReceivedAt: string | null;
                inspection: {
                  /** @enum {string} */
                  result: 'accepted' | 'rejected';
                  note: string;
                  evidenceIds: string[];
                  at: string;
                } | null;
                sellerShipmentDueFrom: string | null;
                sellerShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                receiptConfirmedAt: string | null;
              } | null;
              extensions: ({
                kind: string;
                baseDueAt: string;
                hours: number;
                reason: string;
                at: string;
              } & {
                [key: string]: unknown;
              })[];
              filedAt: string;
              updatedAt: string;
              endedAt: string | null;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/complaints/{id}/proposals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Propose a solution (buyer, seller)
     * @description Addressed to the other party; replaces the pending proposal (a counter-offer).
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Replays the first response for the same key and body; another body with the same key is 422. */
          'idempotency-key'?: string;
          /** @description The complaint revision the caller last saw (quoted or not); a stale one is 412. */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            type:
              'refund' | 'return_refund' | 'return_exchange' | 'send_missing' | 'resend' | 'shipping_refund';
            /** @description For refund and shipping_refund; absent means the full refundable amount. */
            amount?: number;
          };
        };
      };
      responses: {
        /** @description A complaint as the caller sees it. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orderId: string;
              buyerId: string;
              shopId: string;
              shopIsMall: boolean;
              /** @enum {string} */
              category:
                | 'not_received'
                | 'damaged'
                | 'missing_items'
                | 'not_as_described'
                | 'counterfeit'
                | 'shipping_cost';
              /** @enum {string} */
              program: 'standard' | 'garansi_7_hari' | 'pasti_ori';
              /** @enum {string} */
              status:
                | 'awaiting_evidence'
                | 'awaiting_seller'
                | 'negotiating'
                | 'escalated'
                | 'awaiting_return_shipment'
                | 'return_in_transit'
                | 'return_inspection'
                | 'awaiting_seller_shipment'
                | 'seller_shipment_in_transit'
                | 'resolved'
                | 'closed';
              outcome:
                | (
                    | 'refund'
                    | 'shipping_refund'
                    | 'return_refund'
                    | 'exchange'
                    | 'missing_items_sent'
                    | 'resent'
                    | 'seller_unresponsive'
                    | 'withdrawn'
                    | 'expired_no_evidence'
                    | 'expired_no_return'
                    | 'closed_by_agent'
                  )
                | null;
              description: string;
              currency: string;
              items: {
                lineId: string;
                sku: string;
                name: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                unitPrice: number;
                quantity: number;
              }[];
              refundable: {
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                itemsValue: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                shippingShare: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                maximum: number;
              };
              shippingInsurance: {
                applies: boolean;
              };
              policyVersion: number;
              /** @description Increases with every change; sent as the ETag. */
              revision: number;
              /** @enum {string} */
              waitingOn: 'buyer' | 'seller' | 'agent' | 'courier' | 'insurer' | 'none';
              allowedActions: (
                | 'add_evidence'
                | 'submit_evidence'
                | 'message'
                | 'propose'
                | 'accept_proposal'
                | 'reject_proposal'
                | 'escalate'
                | 'withdraw'
                | 'assign'
                | 'decide'
                | 'appeal'
                | 'add_note'
                | 'request_evidence'
                | 'extend_deadline'
                | 'close'
                | 'set_return_address'
                | 'ship_return'
                | 'report_delivery'
                | 'confirm_return_received'
                | 'report_inspection'
                | 'ship_replacement'
                | 'confirm_receipt'
                | 'decide_compensation'
              )[];
              /** @description The solution types that fit the complaint’s category (for proposals and decisions). */
              allowedSolutions: (
                'refund' | 'return_refund' | 'return_exchange' | 'send_missing' | 'resend' | 'shipping_refund'
              )[];
              deadlines: {
                /** @enum {string} */
                kind:
                  | 'evidence_submission'
                  | 'seller_response'
                  | 'proposal_response'
                  | 'renegotiation'
                  | 'agent_response'
                  | 'agent_decision'
                  | 'evidence_request'
                  | 'appeal_window'
                  | 'return_address'
                  | 'return_shipment'
                  | 'return_transit'
                  | 'return_inspection'
                  | 'seller_shipment'
                  | 'seller_shipment_transit'
                  | 'seller_shipment_confirmation';
                dueAt: string;
                /** @description What happens automatically when it passes (sla_breach: counted, no automatic outcome). */
                onExpiry: string;
                /** @description Who must act before it passes. */
                party: string;
                breached: boolean;
              }[];
              proposals: {
                id: string;
                by: string;
                addressedTo: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                status: string;
                createdAt: string;
                clockStartsAt: string | null;
                respondedAt: string | null;
                rejectionReason: string | null;
              }[];
              evidence: {
                id: string;
                /** @enum {string} */
                kind:
                  | 'chronology'
                  | 'product_photo'
                  | 'packaging_photo'
                  | 'unboxing_video'
                  | 'invoice'
                  | 'shipping_label'
                  | 'other';
                attachmentId: string | null;
                text: string | null;
                by: string;
                at: string;
                forAppeal: boolean;
              }[];
              evidenceChecklist: {
                anyOf: string[];
                min: number;
                minTextLength?: number;
                have: number;
                satisfied: boolean;
              }[];
              escalation: {
                at: string;
                by: string;
                reason: string;
                /**
                 * @description When Sepakat worded the reason itself: a stable code to show it in the reader’s language.
                 * @enum {string}
                 */
                reasonCode?:
                  'no_new_proposal' | 'return_lost' | 'seller_shipment_lost' | 'inspection_rejected';
              } | null;
              assignedAgentId: string | null;
              decision: {
                id: string;
                agentId: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                reason: string;
                at: string;
                isFinal: boolean;
              } | null;
              appeal: {
                by: string;
                reason: string;
                at: string;
              } | null;
              evidenceRequest: {
                from: string;
                note: string;
                requestedBy: string;
                at: string;
                dueAt: string;
              } | null;
              settlement: {
                currency: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                buyerRefund: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                sellerRelease: number;
                settledAt: string;
                lines: {
                  kind: string;
                  /** @enum {string} */
                  to: 'buyer' | 'seller';
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  amount: number;
                  /** @enum {string} */
                  fundedBy: 'escrow' | 'platform' | 'insurer';
                  dueAt?: string;
                  status?: string;
                }[];
              } | null;
              /** @description Carrying out the agreed or decided solution: the return address, the shipments, the inspection. */
              execution: {
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                startedAt: string;
                returnAddress: {
                  name: string;
                  phone: string;
                  line1: string;
                  line2?: string;
                  city: string;
                  province: string;
                  postalCode: string;
                  /** @default ID */
                  country: string;
                } | null;
                returnAddressAt: string | null;
                returnShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                returnReceivedAt: string | null;
                inspection: {
                  /** @enum {string} */
                  result: 'accepted' | 'rejected';
                  note: string;
                  evidenceIds: string[];
                  at: string;
                } | null;
                sellerShipmentDueFrom: string | null;
                sellerShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                receiptConfirmedAt: string | null;
              } | null;
              extensions: ({
                kind: string;
                baseDueAt: string;
                hours: number;
                reason: string;
                at: string;
              } & {
                [key: string]: unknown;
              })[];
              filedAt: string;
              updatedAt: string;
              endedAt: string | null;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/complaints/{id}/proposals/{proposalId}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept the pending proposal (the party it is addressed to) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Replays the first response for the same key and body; another body with the same key is 422. */
          'idempotency-key'?: string;
          /** @description The complaint revision the caller last saw (quoted or not); a stale one is 412. */
          'if-match'?: string;
        };
        path: {
          id: string;
          proposalId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never> | null;
        };
      };
      responses: {
        /** @description A complaint as the caller sees it. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orderId: string;
              buyerId: string;
              shopId: string;
              shopIsMall: boolean;
              /** @enum {string} */
              category:
                | 'not_received'
                | 'damaged'
                | 'missing_items'
                | 'not_as_described'
                | 'counterfeit'
                | 'shipping_cost';
              /** @enum {string} */
              program: 'standard' | 'garansi_7_hari' | 'pasti_ori';
              /** @enum {string} */
              status:
                | 'awaiting_evidence'
                | 'awaiting_seller'
                | 'negotiating'
                | 'escalated'
                | 'awaiting_return_shipment'
                | 'return_in_transit'
                | 'return_inspection'
                | 'awaiting_seller_shipment'
                | 'seller_shipment_in_transit'
                | 'resolved'
                | 'closed';
              outcome:
                | (
                    | 'refund'
                    | 'shipping_refund'
                    | 'return_refund'
                    | 'exchange'
                    | 'missing_items_sent'
                    | 'resent'
                    | 'seller_unresponsive'
                    | 'withdrawn'
                    | 'expired_no_evidence'
                    | 'expired_no_return'
                    | 'closed_by_agent'
                  )
                | null;
              description: string;
              currency: string;
              items: {
                lineId: string;
                sku: string;
                name: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                unitPrice: number;
                quantity: number;
              }[];
              refundable: {
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                itemsValue: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                shippingShare: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                maximum: number;
              };
              shippingInsurance: {
                applies: boolean;
              };
              policyVersion: number;
              /** @description Increases with every change; sent as the ETag. */
              revision: number;
              /** @enum {string} */
              waitingOn: 'buyer' | 'seller' | 'agent' | 'courier' | 'insurer' | 'none';
              allowedActions: (
                | 'add_evidence'
                | 'submit_evidence'
                | 'message'
                | 'propose'
                | 'accept_proposal'
                | 'reject_proposal'
                | 'escalate'
                | 'withdraw'
                | 'assign'
                | 'decide'
                | 'appeal'
                | 'add_note'
                | 'request_evidence'
                | 'extend_deadline'
                | 'close'
                | 'set_return_address'
                | 'ship_return'
                | 'report_delivery'
                | 'confirm_return_received'
                | 'report_inspection'
                | 'ship_replacement'
                | 'confirm_receipt'
                | 'decide_compensation'
              )[];
              /** @description The solution types that fit the complaint’s category (for proposals and decisions). */
              allowedSolutions: (
                'refund' | 'return_refund' | 'return_exchange' | 'send_missing' | 'resend' | 'shipping_refund'
              )[];
              deadlines: {
                /** @enum {string} */
                kind:
                  | 'evidence_submission'
                  | 'seller_response'
                  | 'proposal_response'
                  | 'renegotiation'
                  | 'agent_response'
                  | 'agent_decision'
                  | 'evidence_request'
                  | 'appeal_window'
                  | 'return_address'
                  | 'return_shipment'
                  | 'return_transit'
                  | 'return_inspection'
                  | 'seller_shipment'
                  | 'seller_shipment_transit'
                  | 'seller_shipment_confirmation';
                dueAt: string;
                /** @description What happens automatically when it passes (sla_breach: counted, no automatic outcome). */
                onExpiry: string;
                /** @description Who must act before it passes. */
                party: string;
                breached: boolean;
              }[];
              proposals: {
                id: string;
                by: string;
                addressedTo: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                status: string;
                createdAt: string;
                clockStartsAt: string | null;
                respondedAt: string | null;
                rejectionReason: string | null;
              }[];
              evidence: {
                id: string;
                /** @enum {string} */
                kind:
                  | 'chronology'
                  | 'product_photo'
                  | 'packaging_photo'
                  | 'unboxing_video'
                  | 'invoice'
                  | 'shipping_label'
                  | 'other';
                attachmentId: string | null;
                text: string | null;
                by: string;
                at: string;
                forAppeal: boolean;
              }[];
              evidenceChecklist: {
                anyOf: string[];
                min: number;
                minTextLength?: number;
                have: number;
                satisfied: boolean;
              }[];
              escalation: {
                at: string;
                by: string;
                reason: string;
                /**
                 * @description When Sepakat worded the reason itself: a stable code to show it in the reader’s language.
                 * @enum {string}
                 */
                reasonCode?:
                  'no_new_proposal' | 'return_lost' | 'seller_shipment_lost' | 'inspection_rejected';
              } | null;
              assignedAgentId: string | null;
              decision: {
                id: string;
                agentId: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                reason: string;
                at: string;
                isFinal: boolean;
              } | null;
              appeal: {
                by: string;
                reason: string;
                at: string;
              } | null;
              evidenceRequest: {
                from: string;
                note: string;
                requestedBy: string;
                at: string;
                dueAt: string;
              } | null;
              settlement: {
                currency: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                buyerRefund: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                sellerRelease: number;
                settledAt: string;
                lines: {
                  kind: string;
                  /** @enum {string} */
                  to: 'buyer' | 'seller';
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  amount: number;
                  /** @enum {string} */
                  fundedBy: 'escrow' | 'platform' | 'insurer';
                  dueAt?: string;
                  status?: string;
                }[];
              } | null;
              /** @description Carrying out the agreed or decided solution: the return address, the shipments, the inspection. */
              execution: {
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                startedAt: string;
                returnAddress: {
                  name: string;
                  phone: string;
                  line1: string;
                  line2?: string;
                  city: string;
                  province: string;
                  postalCode: string;
                  /** @default ID */
                  country: string;
                } | null;
                returnAddressAt: string | null;
                returnShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                returnReceivedAt: string | null;
                inspection: {
                  /** @enum {string} */
                  result: 'accepted' | 'rejected';
                  note: string;
                  evidenceIds: string[];
                  at: string;
                } | null;
                sellerShipmentDueFrom: string | null;
                sellerShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                receiptConfirmedAt: string | null;
              } | null;
              extensions: ({
                kind: string;
                baseDueAt: string;
                hours: number;
                reason: string;
                at: string;
              } & {
                [key: string]: unknown;
              })[];
              filedAt: string;
              updatedAt: string;
              endedAt: string | null;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/complaints/{id}/proposals/{proposalId}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reject the pending proposal with a reason (the party it is addressed to) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Replays the first response for the same key and body; another body with the same key is 422. */
          'idempotency-key'?: string;
          /** @description The complaint revision the caller last saw (quoted or not); a stale one is 412. */
          'if-match'?: string;
        };
        path: {
          id: string;
          proposalId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description A complaint as the caller sees it. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orderId: string;
              buyerId: string;
              shopId: string;
              shopIsMall: boolean;
              /** @enum {string} */
              category:
                | 'not_received'
                | 'damaged'
                | 'missing_items'
                | 'not_as_described'
                | 'counterfeit'
                | 'shipping_cost';
              /** @enum {string} */
              program: 'standard' | 'garansi_7_hari' | 'pasti_ori';
              /** @enum {string} */
              status:
                | 'awaiting_evidence'
                | 'awaiting_seller'
                | 'negotiating'
                | 'escalated'
                | 'awaiting_return_shipment'
                | 'return_in_transit'
                | 'return_inspection'
                | 'awaiting_seller_shipment'
                | 'seller_shipment_in_transit'
                | 'resolved'
                | 'closed';
              outcome:
                | (
                    | 'refund'
                    | 'shipping_refund'
                    | 'return_refund'
                    | 'exchange'
                    | 'missing_items_sent'
                    | 'resent'
                    | 'seller_unresponsive'
                    | 'withdrawn'
                    | 'expired_no_evidence'
                    | 'expired_no_return'
                    | 'closed_by_agent'
                  )
                | null;
              description: string;
              currency: string;
              items: {
                lineId: string;
                sku: string;
                name: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                unitPrice: number;
                quantity: number;
              }[];
              refundable: {
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                itemsValue: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                shippingShare: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                maximum: number;
              };
              shippingInsurance: {
                applies: boolean;
              };
              policyVersion: number;
              /** @description Increases with every change; sent as the ETag. */
              revision: number;
              /** @enum {string} */
              waitingOn: 'buyer' | 'seller' | 'agent' | 'courier' | 'insurer' | 'none';
              allowedActions: (
                | 'add_evidence'
                | 'submit_evidence'
                | 'message'
                | 'propose'
                | 'accept_proposal'
                | 'reject_proposal'
                | 'escalate'
                | 'withdraw'
                | 'assign'
                | 'decide'
                | 'appeal'
                | 'add_note'
                | 'request_evidence'
                | 'extend_deadline'
                | 'close'
                | 'set_return_address'
                | 'ship_return'
                | 'report_delivery'
                | 'confirm_return_received'
                | 'report_inspection'
                | 'ship_replacement'
                | 'confirm_receipt'
                | 'decide_compensation'
              )[];
              /** @description The solution types that fit the complaint’s category (for proposals and decisions). */
              allowedSolutions: (
                'refund' | 'return_refund' | 'return_exchange' | 'send_missing' | 'resend' | 'shipping_refund'
              )[];
              deadlines: {
                /** @enum {string} */
                kind:
                  | 'evidence_submission'
                  | 'seller_response'
                  | 'proposal_response'
                  | 'renegotiation'
                  | 'agent_response'
                  | 'agent_decision'
                  | 'evidence_request'
                  | 'appeal_window'
                  | 'return_address'
                  | 'return_shipment'
                  | 'return_transit'
                  | 'return_inspection'
                  | 'seller_shipment'
                  | 'seller_shipment_transit'
                  | 'seller_shipment_confirmation';
                dueAt: string;
                /** @description What happens automatically when it passes (sla_breach: counted, no automatic outcome). */
                onExpiry: string;
                /** @description Who must act before it passes. */
                party: string;
                breached: boolean;
              }[];
              proposals: {
                id: string;
                by: string;
                addressedTo: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                status: string;
                createdAt: string;
                clockStartsAt: string | null;
                respondedAt: string | null;
                rejectionReason: string | null;
              }[];
              evidence: {
                id: string;
                /** @enum {string} */
                kind:
                  | 'chronology'
                  | 'product_photo'
                  | 'packaging_photo'
                  | 'unboxing_video'
                  | 'invoice'
                  | 'shipping_label'
                  | 'other';
                attachmentId: string | null;
                text: string | null;
                by: string;
                at: string;
                forAppeal: boolean;
              }[];
              evidenceChecklist: {
                anyOf: string[];
                min: number;
                minTextLength?: number;
                have: number;
                satisfied: boolean;
              }[];
              escalation: {
                at: string;
                by: string;
                reason: string;
                /**
                 * @description When Sepakat worded the reason itself: a stable code to show it in the reader’s language.
                 * @enum {string}
                 */
                reasonCode?:
                  'no_new_proposal' | 'return_lost' | 'seller_shipment_lost' | 'inspection_rejected';
              } | null;
              assignedAgentId: string | null;
              decision: {
                id: string;
                agentId: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                reason: string;
                at: string;
                isFinal: boolean;
              } | null;
              appeal: {
                by: string;
                reason: string;
                at: string;
              } | null;
              evidenceRequest: {
                from: string;
                note: string;
                requestedBy: string;
                at: string;
                dueAt: string;
              } | null;
              settlement: {
                currency: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                buyerRefund: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                sellerRelease: number;
                settledAt: string;
                lines: {
                  kind: string;
                  /** @enum {string} */
                  to: 'buyer' | 'seller';
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  amount: number;
                  /** @enum {string} */
                  fundedBy: 'escrow' | 'platform' | 'insurer';
                  dueAt?: string;
                  status?: string;
                }[];
              } | null;
              /** @description Carrying out the agreed or decided solution: the return address, the shipments, the inspection. */
              execution: {
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                startedAt: string;
                returnAddress: {
                  name: string;
                  phone: string;
                  line1: string;
                  line2?: string;
                  city: string;
                  province: string;
                  postalCode: string;
                  /** @default ID */
                  country: string;
                } | null;
                returnAddressAt: string | null;
                returnShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                returnReceivedAt: string | null;
                inspection: {
                  /** @enum {string} */
                  result: 'accepted' | 'rejected';
                  note: string;
                  evidenceIds: string[];
                  at: string;
                } | null;
                sellerShipmentDueFrom: string | null;
                sellerShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                receiptConfirmedAt: string | null;
              } | null;
              extensions: ({
                kind: string;
                baseDueAt: string;
                hours: number;
                reason: string;
                at: string;
              } & {
                [key: string]: unknown;
              })[];
              filedAt: string;
              updatedAt: string;
              endedAt: string | null;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/complaints/{id}/escalate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ask Customer Care to decide — "Minta Bantuan" (buyer, seller)
     * @description From negotiating, once a proposal was rejected or after the no-agreement window (default 72 h); otherwise 422 escalation_not_yet_allowed.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Replays the first response for the same key and body; another body with the same key is 422. */
          'idempotency-key'?: string;
          /** @description The complaint revision the caller last saw (quoted or not); a stale one is 412. */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description A complaint as the caller sees it. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orderId: string;
              buyerId: string;
              shopId: string;
              shopIsMall: boolean;
              /** @enum {string} */
              category:
                | 'not_received'
                | 'damaged'
                | 'missing_items'
                | 'not_as_described'
                | 'counterfeit'
                | 'shipping_cost';
              /** @enum {string} */
              program: 'standard' | 'garansi_7_hari' | 'pasti_ori';
              /** @enum {string} */
              status:
                | 'awaiting_evidence'
                | 'awaiting_seller'
                | 'negotiating'
                | 'escalated'
                | 'awaiting_return_shipment'
                | 'return_in_transit'
                | 'return_inspection'
                | 'awaiting_seller_shipment'
                | 'seller_shipment_in_transit'
                | 'resolved'
                | 'closed';
              outcome:
                | (
                    | 'refund'
                    | 'shipping_refund'
                    | 'return_refund'
                    | 'exchange'
                    | 'missing_items_sent'
                    | 'resent'
                    | 'seller_unresponsive'
                    | 'withdrawn'
                    | 'expired_no_evidence'
                    | 'expired_no_return'
                    | 'closed_by_agent'
                  )
                | null;
              description: string;
              currency: string;
              items: {
                lineId: string;
                sku: string;
                name: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                unitPrice: number;
                quantity: number;
              }[];
              refundable: {
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                itemsValue: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                shippingShare: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                maximum: number;
              };
              shippingInsurance: {
                applies: boolean;
              };
              policyVersion: number;
              /** @description Increases with every change; sent as the ETag. */
              revision: number;
              /** @enum {string} */
              waitingOn: 'buyer' | 'seller' | 'agent' | 'courier' | 'insurer' | 'none';
              allowedActions: (
                | 'add_evidence'
                | 'submit_evidence'
                | 'message'
                | 'propose'
                | 'accept_proposal'
                | 'reject_proposal'
                | 'escalate'
                | 'withdraw'
                | 'assign'
                | 'decide'
                | 'appeal'
                | 'add_note'
                | 'request_evidence'
                | 'extend_deadline'
                | 'close'
                | 'set_return_address'
                | 'ship_return'
                | 'report_delivery'
                | 'confirm_return_received'
                | 'report_inspection'
                | 'ship_replacement'
                | 'confirm_receipt'
                | 'decide_compensation'
              )[];
              /** @description The solution types that fit the complaint’s category (for proposals and decisions). */
              allowedSolutions: (
                'refund' | 'return_refund' | 'return_exchange' | 'send_missing' | 'resend' | 'shipping_refund'
              )[];
              deadlines: {
                /** @enum {string} */
                kind:
                  | 'evidence_submission'
                  | 'seller_response'
                  | 'proposal_response'
                  | 'renegotiation'
                  | 'agent_response'
                  | 'agent_decision'
                  | 'evidence_request'
                  | 'appeal_window'
                  | 'return_address'
                  | 'return_shipment'
                  | 'return_transit'
                  | 'return_inspection'
                  | 'seller_shipment'
                  | 'seller_shipment_transit'
                  | 'seller_shipment_confirmation';
                dueAt: string;
                /** @description What happens automatically when it passes (sla_breach: counted, no automatic outcome). */
                onExpiry: string;
                /** @description Who must act before it passes. */
                party: string;
                breached: boolean;
              }[];
              proposals: {
                id: string;
                by: string;
                addressedTo: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                status: string;
                createdAt: string;
                clockStartsAt: string | null;
                respondedAt: string | null;
                rejectionReason: string | null;
              }[];
              evidence: {
                id: string;
                /** @enum {string} */
                kind:
                  | 'chronology'
                  | 'product_photo'
                  | 'packaging_photo'
                  | 'unboxing_video'
                  | 'invoice'
                  | 'shipping_label'
                  | 'other';
                attachmentId: string | null;
                text: string | null;
                by: string;
                at: string;
                forAppeal: boolean;
              }[];
              evidenceChecklist: {
                anyOf: string[];
                min: number;
                minTextLength?: number;
                have: number;
                satisfied: boolean;
              }[];
              escalation: {
                at: string;
                by: string;
                reason: string;
                /**
                 * @description When Sepakat worded the reason itself: a stable code to show it in the reader’s language.
                 * @enum {string}
                 */
                reasonCode?:
                  'no_new_proposal' | 'return_lost' | 'seller_shipment_lost' | 'inspection_rejected';
              } | null;
              assignedAgentId: string | null;
              decision: {
                id: string;
                agentId: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                reason: string;
                at: string;
                isFinal: boolean;
              } | null;
              appeal: {
                by: string;
                reason: string;
                at: string;
              } | null;
              evidenceRequest: {
                from: string;
                note: string;
                requestedBy: string;
                at: string;
                dueAt: string;
              } | null;
              settlement: {
                currency: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                buyerRefund: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                sellerRelease: number;
                settledAt: string;
                lines: {
                  kind: string;
                  /** @enum {string} */
                  to: 'buyer' | 'seller';
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  amount: number;
                  /** @enum {string} */
                  fundedBy: 'escrow' | 'platform' | 'insurer';
                  dueAt?: string;
                  status?: string;
                }[];
              } | null;
              /** @description Carrying out the agreed or decided solution: the return address, the shipments, the inspection. */
              execution: {
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                startedAt: string;
                returnAddress: {
                  name: string;
                  phone: string;
                  line1: string;
                  line2?: string;
                  city: string;
                  province: string;
                  postalCode: string;
                  /** @default ID */
                  country: string;
                } | null;
                returnAddressAt: string | null;
                returnShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                returnReceivedAt: string | null;
                inspection: {
                  /** @enum {string} */
                  result: 'accepted' | 'rejected';
                  note: string;
                  evidenceIds: string[];
                  at: string;
                } | null;
                sellerShipmentDueFrom: string | null;
                sellerShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                receiptConfirmedAt: string | null;
              } | null;
              extensions: ({
                kind: string;
                baseDueAt: string;
                hours: number;
                reason: string;
                at: string;
              } & {
                [key: string]: unknown;
              })[];
              filedAt: string;
              updatedAt: string;
              endedAt: string | null;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/complaints/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Withdraw the complaint (buyer)
     * @description Any time before execution starts; the disputed escrow is released to the seller.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Replays the first response for the same key and body; another body with the same key is 422. */
          'idempotency-key'?: string;
          /** @description The complaint revision the caller last saw (quoted or not); a stale one is 412. */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description A complaint as the caller sees it. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orderId: string;
              buyerId: string;
              shopId: string;
              shopIsMall: boolean;
              /** @enum {string} */
              category:
                | 'not_received'
                | 'damaged'
                | 'missing_items'
                | 'not_as_described'
                | 'counterfeit'
                | 'shipping_cost';
              /** @enum {string} */
              program: 'standard' | 'garansi_7_hari' | 'pasti_ori';
              /** @enum {string} */
              status:
                | 'awaiting_evidence'
                | 'awaiting_seller'
                | 'negotiating'
                | 'escalated'
                | 'awaiting_return_shipment'
                | 'return_in_transit'
                | 'return_inspection'
                | 'awaiting_seller_shipment'
                | 'seller_shipment_in_transit'
                | 'resolved'
                | 'closed';
              outcome:
                | (
                    | 'refund'
                    | 'shipping_refund'
                    | 'return_refund'
                    | 'exchange'
                    | 'missing_items_sent'
                    | 'resent'
                    | 'seller_unresponsive'
                    | 'withdrawn'
                    | 'expired_no_evidence'
                    | 'expired_no_return'
                    | 'closed_by_agent'
                  )
                | null;
              description: string;
              currency: string;
              items: {
                lineId: string;
                sku: string;
                name: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                unitPrice: number;
                quantity: number;
              }[];
              refundable: {
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                itemsValue: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                shippingShare: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                maximum: number;
              };
              shippingInsurance: {
                applies: boolean;
              };
              policyVersion: number;
              /** @description Increases with every change; sent as the ETag. */
              revision: number;
              /** @enum {string} */
              waitingOn: 'buyer' | 'seller' | 'agent' | 'courier' | 'insurer' | 'none';
              allowedActions: (
                | 'add_evidence'
                | 'submit_evidence'
                | 'message'
                | 'propose'
                | 'accept_proposal'
                | 'reject_proposal'
                | 'escalate'
                | 'withdraw'
                | 'assign'
                | 'decide'
                | 'appeal'
                | 'add_note'
                | 'request_evidence'
                | 'extend_deadline'
                | 'close'
                | 'set_return_address'
                | 'ship_return'
                | 'report_delivery'
                | 'confirm_return_received'
                | 'report_inspection'
                | 'ship_replacement'
                | 'confirm_receipt'
                | 'decide_compensation'
              )[];
              /** @description The solution types that fit the complaint’s category (for proposals and decisions). */
              allowedSolutions: (
                'refund' | 'return_refund' | 'return_exchange' | 'send_missing' | 'resend' | 'shipping_refund'
              )[];
              deadlines: {
                /** @enum {string} */
                kind:
                  | 'evidence_submission'
                  | 'seller_response'
                  | 'proposal_response'
                  | 'renegotiation'
                  | 'agent_response'
                  | 'agent_decision'
                  | 'evidence_request'
                  | 'appeal_window'
                  | 'return_address'
                  | 'return_shipment'
                  | 'return_transit'
                  | 'return_inspection'
                  | 'seller_shipment'
                  | 'seller_shipment_transit'
                  | 'seller_shipment_confirmation';
                dueAt: string;
                /** @description What happens automatically when it passes (sla_breach: counted, no automatic outcome). */
                onExpiry: string;
                /** @description Who must act before it passes. */
                party: string;
                breached: boolean;
              }[];
              proposals: {
                id: string;
                by: string;
                addressedTo: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                status: string;
                createdAt: string;
                clockStartsAt: string | null;
                respondedAt: string | null;
                rejectionReason: string | null;
              }[];
              evidence: {
                id: string;
                /** @enum {string} */
                kind:
                  | 'chronology'
                  | 'product_photo'
                  | 'packaging_photo'
                  | 'unboxing_video'
                  | 'invoice'
                  | 'shipping_label'
                  | 'other';
                attachmentId: string | null;
                text: string | null;
                by: string;
                at: string;
                forAppeal: boolean;
              }[];
              evidenceChecklist: {
                anyOf: string[];
                min: number;
                minTextLength?: number;
                have: number;
                satisfied: boolean;
              }[];
              escalation: {
                at: string;
                by: string;
                reason: string;
                /**
                 * @description When Sepakat worded the reason itself: a stable code to show it in the reader’s language.
                 * @enum {string}
                 */
                reasonCode?:
                  'no_new_proposal' | 'return_lost' | 'seller_shipment_lost' | 'inspection_rejected';
              } | null;
              assignedAgentId: string | null;
              decision: {
                id: string;
                agentId: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                reason: string;
                at: string;
                isFinal: boolean;
              } | null;
              appeal: {
                by: string;
                reason: string;
                at: string;
              } | null;
              evidenceRequest: {
                from: string;
                note: string;
                requestedBy: string;
                at: string;
                dueAt: string;
              } | null;
              settlement: {
                currency: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                buyerRefund: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                sellerRelease: number;
                settledAt: string;
                lines: {
                  kind: string;
                  /** @enum {string} */
                  to: 'buyer' | 'seller';
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  amount: number;
                  /** @enum {string} */
                  fundedBy: 'escrow' | 'platform' | 'insurer';
                  dueAt?: string;
                  status?: string;
                }[];
              } | null;
              /** @description Carrying out the agreed or decided solution: the return address, the shipments, the inspection. */
              execution: {
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                startedAt: string;
                returnAddress: {
                  name: string;
                  phone: string;
                  line1: string;
                  line2?: string;
                  city: string;
                  province: string;
                  postalCode: string;
                  /** @default ID */
                  country: string;
                } | null;
                returnAddressAt: string | null;
                returnShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                returnReceivedAt: string | null;
                inspection: {
                  /** @enum {string} */
                  result: 'accepted' | 'rejected';
                  note: string;
                  evidenceIds: string[];
                  at: string;
                } | null;
                sellerShipmentDueFrom: string | null;
                sellerShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                receiptConfirmedAt: string | null;
              } | null;
              extensions: ({
                kind: string;
                baseDueAt: string;
                hours: number;
                reason: string;
                at: string;
              } & {
                [key: string]: unknown;
              })[];
              filedAt: string;
              updatedAt: string;
              endedAt: string | null;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/complaints/{id}/assign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Assign the complaint to an agent (agent; default: the caller) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Replays the first response for the same key and body; another body with the same key is 422. */
          'idempotency-key'?: string;
          /** @description The complaint revision the caller last saw (quoted or not); a stale one is 412. */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            agentId?: string;
          };
        };
      };
      responses: {
        /** @description A complaint as the caller sees it. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orderId: string;
              buyerId: string;
              shopId: string;
              shopIsMall: boolean;
              /** @enum {string} */
              category:
                | 'not_received'
                | 'damaged'
                | 'missing_items'
                | 'not_as_described'
                | 'counterfeit'
                | 'shipping_cost';
              /** @enum {string} */
              program: 'standard' | 'garansi_7_hari' | 'pasti_ori';
              /** @enum {string} */
              status:
                | 'awaiting_evidence'
                | 'awaiting_seller'
                | 'negotiating'
                | 'escalated'
                | 'awaiting_return_shipment'
                | 'return_in_transit'
                | 'return_inspection'
                | 'awaiting_seller_shipment'
                | 'seller_shipment_in_transit'
                | 'resolved'
                | 'closed';
              outcome:
                | (
                    | 'refund'
                    | 'shipping_refund'
                    | 'return_refund'
                    | 'exchange'
                    | 'missing_items_sent'
                    | 'resent'
                    | 'seller_unresponsive'
                    | 'withdrawn'
                    | 'expired_no_evidence'
                    | 'expired_no_return'
                    | 'closed_by_agent'
                  )
                | null;
              description: string;
              currency: string;
              items: {
                lineId: string;
                sku: string;
                name: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                unitPrice: number;
                quantity: number;
              }[];
              refundable: {
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                itemsValue: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                shippingShare: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                maximum: number;
              };
              shippingInsurance: {
                applies: boolean;
              };
              policyVersion: number;
              /** @description Increases with every change; sent as the ETag. */
              revision: number;
              /** @enum {string} */
              waitingOn: 'buyer' | 'seller' | 'agent' | 'courier' | 'insurer' | 'none';
              allowedActions: (
                | 'add_evidence'
                | 'submit_evidence'
                | 'message'
                | 'propose'
                | 'accept_proposal'
                | 'reject_proposal'
                | 'escalate'
                | 'withdraw'
                | 'assign'
                | 'decide'
                | 'appeal'
                | 'add_note'
                | 'request_evidence'
                | 'extend_deadline'
                | 'close'
                | 'set_return_address'
                | 'ship_return'
                | 'report_delivery'
                | 'confirm_return_received'
                | 'report_inspection'
                | 'ship_replacement'
                | 'confirm_receipt'
                | 'decide_compensation'
              )[];
              /** @description The solution types that fit the complaint’s category (for proposals and decisions). */
              allowedSolutions: (
                'refund' | 'return_refund' | 'return_exchange' | 'send_missing' | 'resend' | 'shipping_refund'
              )[];
              deadlines: {
                /** @enum {string} */
                kind:
                  | 'evidence_submission'
                  | 'seller_response'
                  | 'proposal_response'
                  | 'renegotiation'
                  | 'agent_response'
                  | 'agent_decision'
                  | 'evidence_request'
                  | 'appeal_window'
                  | 'return_address'
                  | 'return_shipment'
                  | 'return_transit'
                  | 'return_inspection'
                  | 'seller_shipment'
                  | 'seller_shipment_transit'
                  | 'seller_shipment_confirmation';
                dueAt: string;
                /** @description What happens automatically when it passes (sla_breach: counted, no automatic outcome). */
                onExpiry: string;
                /** @description Who must act before it passes. */
                party: string;
                breached: boolean;
              }[];
              proposals: {
                id: string;
                by: string;
                addressedTo: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                status: string;
                createdAt: string;
                clockStartsAt: string | null;
                respondedAt: string | null;
                rejectionReason: string | null;
              }[];
              evidence: {
                id: string;
                /** @enum {string} */
                kind:
                  | 'chronology'
                  | 'product_photo'
                  | 'packaging_photo'
                  | 'unboxing_video'
                  | 'invoice'
                  | 'shipping_label'
                  | 'other';
                attachmentId: string | null;
                text: string | null;
                by: string;
                at: string;
                forAppeal: boolean;
              }[];
              evidenceChecklist: {
                anyOf: string[];
                min: number;
                minTextLength?: number;
                have: number;
                satisfied: boolean;
              }[];
              escalation: {
                at: string;
                by: string;
                reason: string;
                /**
                 * @description When Sepakat worded the reason itself: a stable code to show it in the reader’s language.
                 * @enum {string}
                 */
                reasonCode?:
                  'no_new_proposal' | 'return_lost' | 'seller_shipment_lost' | 'inspection_rejected';
              } | null;
              assignedAgentId: string | null;
              decision: {
                id: string;
                agentId: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                reason: string;
                at: string;
                isFinal: boolean;
              } | null;
              appeal: {
                by: string;
                reason: string;
                at: string;
              } | null;
              evidenceRequest: {
                from: string;
                note: string;
                requestedBy: string;
                at: string;
                dueAt: string;
              } | null;
              settlement: {
                currency: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                buyerRefund: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                sellerRelease: number;
                settledAt: string;
                lines: {
                  kind: string;
                  /** @enum {string} */
                  to: 'buyer' | 'seller';
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  amount: number;
                  /** @enum {string} */
                  fundedBy: 'escrow' | 'platform' | 'insurer';
                  dueAt?: string;
                  status?: string;
                }[];
              } | null;
              /** @description Carrying out the agreed or decided solution: the return address, the shipments, the inspection. */
              execution: {
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                startedAt: string;
                returnAddress: {
                  name: string;
                  phone: string;
                  line1: string;
                  line2?: string;
                  city: string;
                  province: string;
                  postalCode: string;
                  /** @default ID */
                  country: string;
                } | null;
                returnAddressAt: string | null;
                returnShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                returnReceivedAt: string | null;
                inspection: {
                  /** @enum {string} */
                  result: 'accepted' | 'rejected';
                  note: string;
                  evidenceIds: string[];
                  at: string;
                } | null;
                sellerShipmentDueFrom: string | null;
                sellerShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                receiptConfirmedAt: string | null;
              } | null;
              extensions: ({
                kind: string;
                baseDueAt: string;
                hours: number;
                reason: string;
                at: string;
              } & {
                [key: string]: unknown;
              })[];
              filedAt: string;
              updatedAt: string;
              endedAt: string | null;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/complaints/{id}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Decide a binding solution (agent)
     * @description Either party may appeal within the appeal window (default 48 h); execution waits for it. A decision on appeal must come from a different agent and is final.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Replays the first response for the same key and body; another body with the same key is 422. */
          'idempotency-key'?: string;
          /** @description The complaint revision the caller last saw (quoted or not); a stale one is 412. */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            type:
              'refund' | 'return_refund' | 'return_exchange' | 'send_missing' | 'resend' | 'shipping_refund';
            /** @description For refund and shipping_refund; absent means the full refundable amount. */
            amount?: number;
            reason: string;
          };
        };
      };
      responses: {
        /** @description A complaint as the caller sees it. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orderId: string;
              buyerId: string;
              shopId: string;
              shopIsMall: boolean;
              /** @enum {string} */
              category:
                | 'not_received'
                | 'damaged'
                | 'missing_items'
                | 'not_as_described'
                | 'counterfeit'
                | 'shipping_cost';
              /** @enum {string} */
              program: 'standard' | 'garansi_7_hari' | 'pasti_ori';
              /** @enum {string} */
              status:
                | 'awaiting_evidence'
                | 'awaiting_seller'
                | 'negotiating'
                | 'escalated'
                | 'awaiting_return_shipment'
                | 'return_in_transit'
                | 'return_inspection'
                | 'awaiting_seller_shipment'
                | 'seller_shipment_in_transit'
                | 'resolved'
                | 'closed';
              outcome:
                | (
                    | 'refund'
                    | 'shipping_refund'
                    | 'return_refund'
                    | 'exchange'
                    | 'missing_items_sent'
                    | 'resent'
                    | 'seller_unresponsive'
                    | 'withdrawn'
                    | 'expired_no_evidence'
                    | 'expired_no_return'
                    | 'closed_by_agent'
                  )
                | null;
              description: string;
              currency: string;
              items: {
                lineId: string;
                sku: string;
                name: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                unitPrice: number;
                quantity: number;
              }[];
              refundable: {
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                itemsValue: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                shippingShare: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                maximum: number;
              };
              shippingInsurance: {
                applies: boolean;
              };
              policyVersion: number;
              /** @description Increases with every change; sent as the ETag. */
              revision: number;
              /** @enum {string} */
              waitingOn: 'buyer' | 'seller' | 'agent' | 'courier' | 'insurer' | 'none';
              allowedActions: (
                | 'add_evidence'
                | 'submit_evidence'
                | 'message'
                | 'propose'
                | 'accept_proposal'
                | 'reject_proposal'
                | 'escalate'
                | 'withdraw'
                | 'assign'
                | 'decide'
                | 'appeal'
                | 'add_note'
                | 'request_evidence'
                | 'extend_deadline'
                | 'close'
                | 'set_return_address'
                | 'ship_return'
                | 'report_delivery'
                | 'confirm_return_received'
                | 'report_inspection'
                | 'ship_replacement'
                | 'confirm_receipt'
                | 'decide_compensation'
              )[];
              /** @description The solution types that fit the complaint’s category (for proposals and decisions). */
              allowedSolutions: (
                'refund' | 'return_refund' | 'return_exchange' | 'send_missing' | 'resend' | 'shipping_refund'
              )[];
              deadlines: {
                /** @enum {string} */
                kind:
                  | 'evidence_submission'
                  | 'seller_response'
                  | 'proposal_response'
                  | 'renegotiation'
                  | 'agent_response'
                  | 'agent_decision'
                  | 'evidence_request'
                  | 'appeal_window'
                  | 'return_address'
                  | 'return_shipment'
                  | 'return_transit'
                  | 'return_inspection'
                  | 'seller_shipment'
                  | 'seller_shipment_transit'
                  | 'seller_shipment_confirmation';
                dueAt: string;
                /** @description What happens automatically when it passes (sla_breach: counted, no automatic outcome). */
                onExpiry: string;
                /** @description Who must act before it passes. */
                party: string;
                breached: boolean;
              }[];
              proposals: {
                id: string;
                by: string;
                addressedTo: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                status: string;
                createdAt: string;
                clockStartsAt: string | null;
                respondedAt: string | null;
                rejectionReason: string | null;
              }[];
              evidence: {
                id: string;
                /** @enum {string} */
                kind:
                  | 'chronology'
                  | 'product_photo'
                  | 'packaging_photo'
                  | 'unboxing_video'
                  | 'invoice'
                  | 'shipping_label'
                  | 'other';
                attachmentId: string | null;
                text: string | null;
                by: string;
                at: string;
                forAppeal: boolean;
              }[];
              evidenceChecklist: {
                anyOf: string[];
                min: number;
                minTextLength?: number;
                have: number;
                satisfied: boolean;
              }[];
              escalation: {
                at: string;
                by: string;
                reason: string;
                /**
                 * @description When Sepakat worded the reason itself: a stable code to show it in the reader’s language.
                 * @enum {string}
                 */
                reasonCode?:
                  'no_new_proposal' | 'return_lost' | 'seller_shipment_lost' | 'inspection_rejected';
              } | null;
              assignedAgentId: string | null;
              decision: {
                id: string;
                agentId: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                reason: string;
                at: string;
                isFinal: boolean;
              } | null;
              appeal: {
                by: string;
                reason: string;
                at: string;
              } | null;
              evidenceRequest: {
                from: string;
                note: string;
                requestedBy: string;
                at: string;
                dueAt: string;
              } | null;
              settlement: {
                currency: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                buyerRefund: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                sellerRelease: number;
                settledAt: string;
                lines: {
                  kind: string;
                  /** @enum {string} */
                  to: 'buyer' | 'seller';
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  amount: number;
                  /** @enum {string} */
                  fundedBy: 'escrow' | 'platform' | 'insurer';
                  dueAt?: string;
                  status?: string;
                }[];
              } | null;
              /** @description Carrying out the agreed or decided solution: the return address, the shipments, the inspection. */
              execution: {
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                startedAt: string;
                returnAddress: {
                  name: string;
                  phone: string;
                  line1: string;
                  line2?: string;
                  city: string;
                  province: string;
                  postalCode: string;
                  /** @default ID */
                  country: string;
                } | null;
                returnAddressAt: string | null;
                returnShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                returnReceivedAt: string | null;
                inspection: {
                  /** @enum {string} */
                  result: 'accepted' | 'rejected';
                  note: string;
                  evidenceIds: string[];
                  at: string;
                } | null;
                sellerShipmentDueFrom: string | null;
                sellerShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                receiptConfirmedAt: string | null;
              } | null;
              extensions: ({
                kind: string;
                baseDueAt: string;
                hours: number;
                reason: string;
                at: string;
              } & {
                [key: string]: unknown;
              })[];
              filedAt: string;
              updatedAt: string;
              endedAt: string | null;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/complaints/{id}/appeal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Appeal the agent’s decision — "Naik Banding" (buyer, seller; once) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Replays the first response for the same key and body; another body with the same key is 422. */
          'idempotency-key'?: string;
          /** @description The complaint revision the caller last saw (quoted or not); a stale one is 412. */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
            /** @description New evidence for the appeal (SPEC 3.4: with a reason and new evidence). */
            evidence: {
              /** @enum {string} */
              kind:
                | 'chronology'
                | 'product_photo'
                | 'packaging_photo'
                | 'unboxing_video'
                | 'invoice'
                | 'shipping_label'
                | 'other';
              attachmentId?: string;
              text?: string;
            }[];
          };
        };
      };
      responses: {
        /** @description A complaint as the caller sees it. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orderId: string;
              buyerId: string;
              shopId: string;
              shopIsMall: boolean;
              /** @enum {string} */
              category:
                | 'not_received'
                | 'damaged'
                | 'missing_items'
                | 'not_as_described'
                | 'counterfeit'
                | 'shipping_cost';
              /** @enum {string} */
              program: 'standard' | 'garansi_7_hari' | 'pasti_ori';
              /** @enum {string} */
              status:
                | 'awaiting_evidence'
                | 'awaiting_seller'
                | 'negotiating'
                | 'escalated'
                | 'awaiting_return_shipment'
                | 'return_in_transit'
                | 'return_inspection'
                | 'awaiting_seller_shipment'
                | 'seller_shipment_in_transit'
                | 'resolved'
                | 'closed';
              outcome:
                | (
                    | 'refund'
                    | 'shipping_refund'
                    | 'return_refund'
                    | 'exchange'
                    | 'missing_items_sent'
                    | 'resent'
                    | 'seller_unresponsive'
                    | 'withdrawn'
                    | 'expired_no_evidence'
                    | 'expired_no_return'
                    | 'closed_by_agent'
                  )
                | null;
              description: string;
              currency: string;
              items: {
                lineId: string;
                sku: string;
                name: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                unitPrice: number;
                quantity: number;
              }[];
              refundable: {
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                itemsValue: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                shippingShare: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                maximum: number;
              };
              shippingInsurance: {
                applies: boolean;
              };
              policyVersion: number;
              /** @description Increases with every change; sent as the ETag. */
              revision: number;
              /** @enum {string} */
              waitingOn: 'buyer' | 'seller' | 'agent' | 'courier' | 'insurer' | 'none';
              allowedActions: (
                | 'add_evidence'
                | 'submit_evidence'
                | 'message'
                | 'propose'
                | 'accept_proposal'
                | 'reject_proposal'
                | 'escalate'
                | 'withdraw'
                | 'assign'
                | 'decide'
                | 'appeal'
                | 'add_note'
                | 'request_evidence'
                | 'extend_deadline'
                | 'close'
                | 'set_return_address'
                | 'ship_return'
                | 'report_delivery'
                | 'confirm_return_received'
                | 'report_inspection'
                | 'ship_replacement'
                | 'confirm_receipt'
                | 'decide_compensation'
              )[];
              /** @description The solution types that fit the complaint’s category (for proposals and decisions). */
              allowedSolutions: (
                'refund' | 'return_refund' | 'return_exchange' | 'send_missing' | 'resend' | 'shipping_refund'
              )[];
              deadlines: {
                /** @enum {string} */
                kind:
                  | 'evidence_submission'
                  | 'seller_response'
                  | 'proposal_response'
                  | 'renegotiation'
                  | 'agent_response'
                  | 'agent_decision'
                  | 'evidence_request'
                  | 'appeal_window'
                  | 'return_address'
                  | 'return_shipment'
                  | 'return_transit'
                  | 'return_inspection'
                  | 'seller_shipment'
                  | 'seller_shipment_transit'
                  | 'seller_shipment_confirmation';
                dueAt: string;
                /** @description What happens automatically when it passes (sla_breach: counted, no automatic outcome). */
                onExpiry: string;
                /** @description Who must act before it passes. */
                party: string;
                breached: boolean;
              }[];
              proposals: {
                id: string;
                by: string;
                addressedTo: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                status: string;
                createdAt: string;
                clockStartsAt: string | null;
                respondedAt: string | null;
                rejectionReason: string | null;
              }[];
              evidence: {
                id: string;
                /** @enum {string} */
                kind:
                  | 'chronology'
                  | 'product_photo'
                  | 'packaging_photo'
                  | 'unboxing_video'
                  | 'invoice'
                  | 'shipping_label'
                  | 'other';
                attachmentId: string | null;
                text: string | null;
                by: string;
                at: string;
                forAppeal: boolean;
              }[];
              evidenceChecklist: {
                anyOf: string[];
                min: number;
                minTextLength?: number;
                have: number;
                satisfied: boolean;
              }[];
              escalation: {
                at: string;
                by: string;
                reason: string;
                /**
                 * @description When Sepakat worded the reason itself: a stable code to show it in the reader’s language.
                 * @enum {string}
                 */
                reasonCode?:
                  'no_new_proposal' | 'return_lost' | 'seller_shipment_lost' | 'inspection_rejected';
              } | null;
              assignedAgentId: string | null;
              decision: {
                id: string;
                agentId: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                reason: string;
                at: string;
                isFinal: boolean;
              } | null;
              appeal: {
                by: string;
                reason: string;
                at: string;
              } | null;
              evidenceRequest: {
                from: string;
                note: string;
                requestedBy: string;
                at: string;
                dueAt: string;
              } | null;
              settlement: {
                currency: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                buyerRefund: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                sellerRelease: number;
                settledAt: string;
                lines: {
                  kind: string;
                  /** @enum {string} */
                  to: 'buyer' | 'seller';
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  amount: number;
                  /** @enum {string} */
                  fundedBy: 'escrow' | 'platform' | 'insurer';
                  dueAt?: string;
                  status?: string;
                }[];
              } | null;
              /** @description Carrying out the agreed or decided solution: the return address, the shipments, the inspection. */
              execution: {
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                startedAt: string;
                returnAddress: {
                  name: string;
                  phone: string;
                  line1: string;
                  line2?: string;
                  city: string;
                  province: string;
                  postalCode: string;
                  /** @default ID */
                  country: string;
                } | null;
                returnAddressAt: string | null;
                returnShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                returnReceivedAt: string | null;
                inspection: {
                  /** @enum {string} */
                  result: 'accepted' | 'rejected';
                  note: string;
                  evidenceIds: string[];
                  at: string;
                } | null;
                sellerShipmentDueFrom: string | null;
                sellerShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                receiptConfirmedAt: string | null;
              } | null;
              extensions: ({
                kind: string;
                baseDueAt: string;
                hours: number;
                reason: string;
                at: string;
              } & {
                [key: string]: unknown;
              })[];
              filedAt: string;
              updatedAt: string;
              endedAt: string | null;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/complaints/{id}/notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Write an internal note (agent; never shown to the parties) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Replays the first response for the same key and body; another body with the same key is 422. */
          'idempotency-key'?: string;
          /** @description The complaint revision the caller last saw (quoted or not); a stale one is 412. */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            body: string;
          };
        };
      };
      responses: {
        /** @description A complaint as the caller sees it. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orderId: string;
              buyerId: string;
              shopId: string;
              shopIsMall: boolean;
              /** @enum {string} */
              category:
                | 'not_received'
                | 'damaged'
                | 'missing_items'
                | 'not_as_described'
                | 'counterfeit'
                | 'shipping_cost';
              /** @enum {string} */
              program: 'standard' | 'garansi_7_hari' | 'pasti_ori';
              /** @enum {string} */
              status:
                | 'awaiting_evidence'
                | 'awaiting_seller'
                | 'negotiating'
                | 'escalated'
                | 'awaiting_return_shipment'
                | 'return_in_transit'
                | 'return_inspection'
                | 'awaiting_seller_shipment'
                | 'seller_shipment_in_transit'
                | 'resolved'
                | 'closed';
              outcome:
                | (
                    | 'refund'
                    | 'shipping_refund'
                    | 'return_refund'
                    | 'exchange'
                    | 'missing_items_sent'
                    | 'resent'
                    | 'seller_unresponsive'
                    | 'withdrawn'
                    | 'expired_no_evidence'
                    | 'expired_no_return'
                    | 'closed_by_agent'
                  )
                | null;
              description: string;
              currency: string;
              items: {
                lineId: string;
                sku: string;
                name: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                unitPrice: number;
                quantity: number;
              }[];
              refundable: {
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                itemsValue: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                shippingShare: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                maximum: number;
              };
              shippingInsurance: {
                applies: boolean;
              };
              policyVersion: number;
              /** @description Increases with every change; sent as the ETag. */
              revision: number;
              /** @enum {string} */
              waitingOn: 'buyer' | 'seller' | 'agent' | 'courier' | 'insurer' | 'none';
              allowedActions: (
                | 'add_evidence'
                | 'submit_evidence'
                | 'message'
                | 'propose'
                | 'accept_proposal'
                | 'reject_proposal'
                | 'escalate'
                | 'withdraw'
                | 'assign'
                | 'decide'
                | 'appeal'
                | 'add_note'
                | 'request_evidence'
                | 'extend_deadline'
                | 'close'
                | 'set_return_address'
                | 'ship_return'
                | 'report_delivery'
                | 'confirm_return_received'
                | 'report_inspection'
                | 'ship_replacement'
                | 'confirm_receipt'
                | 'decide_compensation'
              )[];
              /** @description The solution types that fit the complaint’s category (for proposals and decisions). */
              allowedSolutions: (
                'refund' | 'return_refund' | 'return_exchange' | 'send_missing' | 'resend' | 'shipping_refund'
              )[];
              deadlines: {
                /** @enum {string} */
                kind:
                  | 'evidence_submission'
                  | 'seller_response'
                  | 'proposal_response'
                  | 'renegotiation'
                  | 'agent_response'
                  | 'agent_decision'
                  | 'evidence_request'
                  | 'appeal_window'
                  | 'return_address'
                  | 'return_shipment'
                  | 'return_transit'
                  | 'return_inspection'
                  | 'seller_shipment'
                  | 'seller_shipment_transit'
                  | 'seller_shipment_confirmation';
                dueAt: string;
                /** @description What happens automatically when it passes (sla_breach: counted, no automatic outcome). */
                onExpiry: string;
                /** @description Who must act before it passes. */
                party: string;
                breached: boolean;
              }[];
              proposals: {
                id: string;
                by: string;
                addressedTo: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                status: string;
                createdAt: string;
                clockStartsAt: string | null;
                respondedAt: string | null;
                rejectionReason: string | null;
              }[];
              evidence: {
                id: string;
                /** @enum {string} */
                kind:
                  | 'chronology'
                  | 'product_photo'
                  | 'packaging_photo'
                  | 'unboxing_video'
                  | 'invoice'
                  | 'shipping_label'
                  | 'other';
                attachmentId: string | null;
                text: string | null;
                by: string;
                at: string;
                forAppeal: boolean;
              }[];
              evidenceChecklist: {
                anyOf: string[];
                min: number;
                minTextLength?: number;
                have: number;
                satisfied: boolean;
              }[];
              escalation: {
                at: string;
                by: string;
                reason: string;
                /**
                 * @description When Sepakat worded the reason itself: a stable code to show it in the reader’s language.
                 * @enum {string}
                 */
                reasonCode?:
                  'no_new_proposal' | 'return_lost' | 'seller_shipment_lost' | 'inspection_rejected';
              } | null;
              assignedAgentId: string | null;
              decision: {
                id: string;
                agentId: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                reason: string;
                at: string;
                isFinal: boolean;
              } | null;
              appeal: {
                by: string;
                reason: string;
                at: string;
              } | null;
              evidenceRequest: {
                from: string;
                note: string;
                requestedBy: string;
                at: string;
                dueAt: string;
              } | null;
              settlement: {
                currency: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                buyerRefund: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                sellerRelease: number;
                settledAt: string;
                lines: {
                  kind: string;
                  /** @enum {string} */
                  to: 'buyer' | 'seller';
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  amount: number;
                  /** @enum {string} */
                  fundedBy: 'escrow' | 'platform' | 'insurer';
                  dueAt?: string;
                  status?: string;
                }[];
              } | null;
              /** @description Carrying out the agreed or decided solution: the return address, the shipments, the inspection. */
              execution: {
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                startedAt: string;
                returnAddress: {
                  name: string;
                  phone: string;
                  line1: string;
                  line2?: string;
                  city: string;
                  province: string;
                  postalCode: string;
                  /** @default ID */
                  country: string;
                } | null;
                returnAddressAt: string | null;
                returnShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                returnReceivedAt: string | null;
                inspection: {
                  /** @enum {string} */
                  result: 'accepted' | 'rejected';
                  note: string;
                  evidenceIds: string[];
                  at: string;
                } | null;
                sellerShipmentDueFrom: string | null;
                sellerShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                receiptConfirmedAt: string | null;
              } | null;
              extensions: ({
                kind: string;
                baseDueAt: string;
                hours: number;
                reason: string;
                at: string;
              } & {
                [key: string]: unknown;
              })[];
              filedAt: string;
              updatedAt: string;
              endedAt: string | null;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/complaints/{id}/evidence-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask a party for more evidence, with a deadline (agent) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Replays the first response for the same key and body; another body with the same key is 422. */
          'idempotency-key'?: string;
          /** @description The complaint revision the caller last saw (quoted or not); a stale one is 412. */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            from: 'buyer' | 'seller';
            note: string;
            hours?: number;
          };
        };
      };
      responses: {
        /** @description A complaint as the caller sees it. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orderId: string;
              buyerId: string;
              shopId: string;
              shopIsMall: boolean;
              /** @enum {string} */
              category:
                | 'not_received'
                | 'damaged'
                | 'missing_items'
                | 'not_as_described'
                | 'counterfeit'
                | 'shipping_cost';
              /** @enum {string} */
              program: 'standard' | 'garansi_7_hari' | 'pasti_ori';
              /** @enum {string} */
              status:
                | 'awaiting_evidence'
                | 'awaiting_seller'
                | 'negotiating'
                | 'escalated'
                | 'awaiting_return_shipment'
                | 'return_in_transit'
                | 'return_inspection'
                | 'awaiting_seller_shipment'
                | 'seller_shipment_in_transit'
                | 'resolved'
                | 'closed';
              outcome:
                | (
                    | 'refund'
                    | 'shipping_refund'
                    | 'return_refund'
                    | 'exchange'
                    | 'missing_items_sent'
                    | 'resent'
                    | 'seller_unresponsive'
                    | 'withdrawn'
                    | 'expired_no_evidence'
                    | 'expired_no_return'
                    | 'closed_by_agent'
                  )
                | null;
              description: string;
              currency: string;
              items: {
                lineId: string;
                sku: string;
                name: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                unitPrice: number;
                quantity: number;
              }[];
              refundable: {
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                itemsValue: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                shippingShare: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                maximum: number;
              };
              shippingInsurance: {
                applies: boolean;
              };
              policyVersion: number;
              /** @description Increases with every change; sent as the ETag. */
              revision: number;
              /** @enum {string} */
              waitingOn: 'buyer' | 'seller' | 'agent' | 'courier' | 'insurer' | 'none';
              allowedActions: (
                | 'add_evidence'
                | 'submit_evidence'
                | 'message'
                | 'propose'
                | 'accept_proposal'
                | 'reject_proposal'
                | 'escalate'
                | 'withdraw'
                | 'assign'
                | 'decide'
                | 'appeal'
                | 'add_note'
                | 'request_evidence'
                | 'extend_deadline'
                | 'close'
                | 'set_return_address'
                | 'ship_return'
                | 'report_delivery'
                | 'confirm_return_received'
                | 'report_inspection'
                | 'ship_replacement'
                | 'confirm_receipt'
                | 'decide_compensation'
              )[];
              /** @description The solution types that fit the complaint’s category (for proposals and decisions). */
              allowedSolutions: (
                'refund' | 'return_refund' | 'return_exchange' | 'send_missing' | 'resend' | 'shipping_refund'
              )[];
              deadlines: {
                /** @enum {string} */
                kind:
                  | 'evidence_submission'
                  | 'seller_response'
                  | 'proposal_response'
                  | 'renegotiation'
                  | 'agent_response'
                  | 'agent_decision'
                  | 'evidence_request'
                  | 'appeal_window'
                  | 'return_address'
                  | 'return_shipment'
                  | 'return_transit'
                  | 'return_inspection'
                  | 'seller_shipment'
                  | 'seller_shipment_transit'
                  | 'seller_shipment_confirmation';
                dueAt: string;
                /** @description What happens automatically when it passes (sla_breach: counted, no automatic outcome). */
                onExpiry: string;
                /** @description Who must act before it passes. */
                party: string;
                breached: boolean;
              }[];
              proposals: {
                id: string;
                by: string;
                addressedTo: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                status: string;
                createdAt: string;
                clockStartsAt: string | null;
                respondedAt: string | null;
                rejectionReason: string | null;
              }[];
              evidence: {
                id: string;
                /** @enum {string} */
                kind:
                  | 'chronology'
                  | 'product_photo'
                  | 'packaging_photo'
                  | 'unboxing_video'
                  | 'invoice'
                  | 'shipping_label'
                  | 'other';
                attachmentId: string | null;
                text: string | null;
                by: string;
                at: string;
                forAppeal: boolean;
              }[];
              evidenceChecklist: {
                anyOf: string[];
                min: number;
                minTextLength?: number;
                have: number;
                satisfied: boolean;
              }[];
              escalation: {
                at: string;
                by: string;
                reason: string;
                /**
                 * @description When Sepakat worded the reason itself: a stable code to show it in the reader’s language.
                 * @enum {string}
                 */
                reasonCode?:
                  'no_new_proposal' | 'return_lost' | 'seller_shipment_lost' | 'inspection_rejected';
              } | null;
              assignedAgentId: string | null;
              decision: {
                id: string;
                agentId: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                reason: string;
                at: string;
                isFinal: boolean;
              } | null;
              appeal: {
                by: string;
                reason: string;
                at: string;
              } | null;
              evidenceRequest: {
                from: string;
                note: string;
                requestedBy: string;
                at: string;
                dueAt: string;
              } | null;
              settlement: {
                currency: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                buyerRefund: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                sellerRelease: number;
                settledAt: string;
                lines: {
                  kind: string;
                  /** @enum {string} */
                  to: 'buyer' | 'seller';
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  amount: number;
                  /** @enum {string} */
                  fundedBy: 'escrow' | 'platform' | 'insurer';
                  dueAt?: string;
                  status?: string;
                }[];
              } | null;
              /** @description Carrying out the agreed or decided solution: the return address, the shipments, the inspection. */
              execution: {
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                startedAt: string;
                returnAddress: {
                  name: string;
                  phone: string;
                  line1: string;
                  line2?: string;
                  city: string;
                  province: string;
                  postalCode: string;
                  /** @default ID */
                  country: string;
                } | null;
                returnAddressAt: string | null;
                returnShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                returnReceivedAt: string | null;
                inspection: {
                  /** @enum {string} */
                  result: 'accepted' | 'rejected';
                  note: string;
                  evidenceIds: string[];
                  at: string;
                } | null;
                sellerShipmentDueFrom: string | null;
                sellerShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                receiptConfirmedAt: string | null;
              } | null;
              extensions: ({
                kind: string;
                baseDueAt: string;
                hours: number;
                reason: string;
                at: string;
              } & {
                [key: string]: unknown;
              })[];
              filedAt: string;
              updatedAt: string;
              endedAt: string | null;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/complaints/{id}/deadlines/{kind}/extend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Extend a running deadline with a reason (agent) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Replays the first response for the same key and body; another body with the same key is 422. */
          'idempotency-key'?: string;
          /** @description The complaint revision the caller last saw (quoted or not); a stale one is 412. */
          'if-match'?: string;
        };
        path: {
          id: string;
          kind:
            | 'evidence_submission'
            | 'seller_response'
            | 'proposal_response'
            | 'renegotiation'
            | 'agent_response'
            | 'agent_decision'
            | 'evidence_request'
            | 'appeal_window'
            | 'return_address'
            | 'return_shipment'
            | 'return_transit'
            | 'return_inspection'
            | 'seller_shipment'
            | 'seller_shipment_transit'
            | 'seller_shipment_confirmation';
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            hours: number;
            reason: string;
          };
        };
      };
      responses: {
        /** @description A complaint as the caller sees it. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orderId: string;
              buyerId: string;
              shopId: string;
              shopIsMall: boolean;
              /** @enum {string} */
              category:
                | 'not_received'
                | 'damaged'
                | 'missing_items'
                | 'not_as_described'
                | 'counterfeit'
                | 'shipping_cost';
              /** @enum {string} */
              program: 'standard' | 'garansi_7_hari' | 'pasti_ori';
              /** @enum {string} */
              status:
                | 'awaiting_evidence'
                | 'awaiting_seller'
                | 'negotiating'
                | 'escalated'
                | 'awaiting_return_shipment'
                | 'return_in_transit'
                | 'return_inspection'
                | 'awaiting_seller_shipment'
                | 'seller_shipment_in_transit'
                | 'resolved'
                | 'closed';
              outcome:
                | (
                    | 'refund'
                    | 'shipping_refund'
                    | 'return_refund'
                    | 'exchange'
                    | 'missing_items_sent'
                    | 'resent'
                    | 'seller_unresponsive'
                    | 'withdrawn'
                    | 'expired_no_evidence'
                    | 'expired_no_return'
                    | 'closed_by_agent'
                  )
                | null;
              description: string;
              currency: string;
              items: {
                lineId: string;
                sku: string;
                name: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                unitPrice: number;
                quantity: number;
              }[];
              refundable: {
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                itemsValue: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                shippingShare: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                maximum: number;
              };
              shippingInsurance: {
                applies: boolean;
              };
              policyVersion: number;
              /** @description Increases with every change; sent as the ETag. */
              revision: number;
              /** @enum {string} */
              waitingOn: 'buyer' | 'seller' | 'agent' | 'courier' | 'insurer' | 'none';
              allowedActions: (
                | 'add_evidence'
                | 'submit_evidence'
                | 'message'
                | 'propose'
                | 'accept_proposal'
                | 'reject_proposal'
                | 'escalate'
                | 'withdraw'
                | 'assign'
                | 'decide'
                | 'appeal'
                | 'add_note'
                | 'request_evidence'
                | 'extend_deadline'
                | 'close'
                | 'set_return_address'
                | 'ship_return'
                | 'report_delivery'
                | 'confirm_return_received'
                | 'report_inspection'
                | 'ship_replacement'
                | 'confirm_receipt'
                | 'decide_compensation'
              )[];
              /** @description The solution types that fit the complaint’s category (for proposals and decisions). */
              allowedSolutions: (
                'refund' | 'return_refund' | 'return_exchange' | 'send_missing' | 'resend' | 'shipping_refund'
              )[];
              deadlines: {
                /** @enum {string} */
                kind:
                  | 'evidence_submission'
                  | 'seller_response'
                  | 'proposal_response'
                  | 'renegotiation'
                  | 'agent_response'
                  | 'agent_decision'
                  | 'evidence_request'
                  | 'appeal_window'
                  | 'return_address'
                  | 'return_shipment'
                  | 'return_transit'
                  | 'return_inspection'
                  | 'seller_shipment'
                  | 'seller_shipment_transit'
                  | 'seller_shipment_confirmation';
                dueAt: string;
                /** @description What happens automatically when it passes (sla_breach: counted, no automatic outcome). */
                onExpiry: string;
                /** @description Who must act before it passes. */
                party: string;
                breached: boolean;
              }[];
              proposals: {
                id: string;
                by: string;
                addressedTo: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                status: string;
                createdAt: string;
                clockStartsAt: string | null;
                respondedAt: string | null;
                rejectionReason: string | null;
              }[];
              evidence: {
                id: string;
                /** @enum {string} */
                kind:
                  | 'chronology'
                  | 'product_photo'
                  | 'packaging_photo'
                  | 'unboxing_video'
                  | 'invoice'
                  | 'shipping_label'
                  | 'other';
                attachmentId: string | null;
                text: string | null;
                by: string;
                at: string;
                forAppeal: boolean;
              }[];
              evidenceChecklist: {
                anyOf: string[];
                min: number;
                minTextLength?: number;
                have: number;
                satisfied: boolean;
              }[];
              escalation: {
                at: string;
                by: string;
                reason: string;
                /**
                 * @description When Sepakat worded the reason itself: a stable code to show it in the reader’s language.
                 * @enum {string}
                 */
                reasonCode?:
                  'no_new_proposal' | 'return_lost' | 'seller_shipment_lost' | 'inspection_rejected';
              } | null;
              assignedAgentId: string | null;
              decision: {
                id: string;
                agentId: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                reason: string;
                at: string;
                isFinal: boolean;
              } | null;
              appeal: {
                by: string;
                reason: string;
                at: string;
              } | null;
              evidenceRequest: {
                from: string;
                note: string;
                requestedBy: string;
                at: string;
                dueAt: string;
              } | null;
              settlement: {
                currency: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                buyerRefund: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                sellerRelease: number;
                settledAt: string;
                lines: {
                  kind: string;
                  /** @enum {string} */
                  to: 'buyer' | 'seller';
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  amount: number;
                  /** @enum {string} */
                  fundedBy: 'escrow' | 'platform' | 'insurer';
                  dueAt?: string;
                  status?: string;
                }[];
              } | null;
              /** @description Carrying out the agreed or decided solution: the return address, the shipments, the inspection. */
              execution: {
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                startedAt: string;
                returnAddress: {
                  name: string;
                  phone: string;
                  line1: string;
                  line2?: string;
                  city: string;
                  province: string;
                  postalCode: string;
                  /** @default ID */
                  country: string;
                } | null;
                returnAddressAt: string | null;
                returnShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                returnReceivedAt: string | null;
                inspection: {
                  /** @enum {string} */
                  result: 'accepted' | 'rejected';
                  note: string;
                  evidenceIds: string[];
                  at: string;
                } | null;
                sellerShipmentDueFrom: string | null;
                sellerShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                receiptConfirmedAt: string | null;
              } | null;
              extensions: ({
                kind: string;
                baseDueAt: string;
                hours: number;
                reason: string;
                at: string;
              } & {
                [key: string]: unknown;
              })[];
              filedAt: string;
              updatedAt: string;
              endedAt: string | null;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/complaints/{id}/return-address': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Give the address the buyer returns the item to (seller)
     * @description The buyer’s 2×24 h to ship the return run from when an address is first available (seed). A shop’s default return address (PUT /v1/shops/{shopId}/return-address) is used automatically.
     */
    put: {
      parameters: {
        query?: never;
        header?: {
          /** @description Replays the first response for the same key and body; another body with the same key is 422. */
          'idempotency-key'?: string;
          /** @description The complaint revision the caller last saw (quoted or not); a stale one is 412. */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            phone: string;
            line1: string;
            line2?: string;
            city: string;
            province: string;
            postalCode: string;
            /** @default ID */
            country?: string;
          };
        };
      };
      responses: {
        /** @description A complaint as the caller sees it. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orderId: string;
              buyerId: string;
              shopId: string;
              shopIsMall: boolean;
              /** @enum {string} */
              category:
                | 'not_received'
                | 'damaged'
                | 'missing_items'
                | 'not_as_described'
                | 'counterfeit'
                | 'shipping_cost';
              /** @enum {string} */
              program: 'standard' | 'garansi_7_hari' | 'pasti_ori';
              /** @enum {string} */
              status:
                | 'awaiting_evidence'
                | 'awaiting_seller'
                | 'negotiating'
                | 'escalated'
                | 'awaiting_return_shipment'
                | 'return_in_transit'
                | 'return_inspection'
                | 'awaiting_seller_shipment'
                | 'seller_shipment_in_transit'
                | 'resolved'
                | 'closed';
              outcome:
                | (
                    | 'refund'
                    | 'shipping_refund'
                    | 'return_refund'
                    | 'exchange'
                    | 'missing_items_sent'
                    | 'resent'
                    | 'seller_unresponsive'
                    | 'withdrawn'
                    | 'expired_no_evidence'
                    | 'expired_no_return'
                    | 'closed_by_agent'
                  )
                | null;
              description: string;
              currency: string;
              items: {
                lineId: string;
                sku: string;
                name: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                unitPrice: number;
                quantity: number;
              }[];
              refundable: {
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                itemsValue: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                shippingShare: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                maximum: number;
              };
              shippingInsurance: {
                applies: boolean;
              };
              policyVersion: number;
              /** @description Increases with every change; sent as the ETag. */
              revision: number;
              /** @enum {string} */
              waitingOn: 'buyer' | 'seller' | 'agent' | 'courier' | 'insurer' | 'none';
              allowedActions: (
                | 'add_evidence'
                | 'submit_evidence'
                | 'message'
                | 'propose'
                | 'accept_proposal'
                | 'reject_proposal'
                | 'escalate'
                | 'withdraw'
                | 'assign'
                | 'decide'
                | 'appeal'
                | 'add_note'
                | 'request_evidence'
                | 'extend_deadline'
                | 'close'
                | 'set_return_address'
                | 'ship_return'
                | 'report_delivery'
                | 'confirm_return_received'
                | 'report_inspection'
                | 'ship_replacement'
                | 'confirm_receipt'
                | 'decide_compensation'
              )[];
              /** @description The solution types that fit the complaint’s category (for proposals and decisions). */
              allowedSolutions: (
                'refund' | 'return_refund' | 'return_exchange' | 'send_missing' | 'resend' | 'shipping_refund'
              )[];
              deadlines: {
                /** @enum {string} */
                kind:
                  | 'evidence_submission'
                  | 'seller_response'
                  | 'proposal_response'
                  | 'renegotiation'
                  | 'agent_response'
                  | 'agent_decision'
                  | 'evidence_request'
                  | 'appeal_window'
                  | 'return_address'
                  | 'return_shipment'
                  | 'return_transit'
                  | 'return_inspection'
                  | 'seller_shipment'
                  | 'seller_shipment_transit'
                  | 'seller_shipment_confirmation';
                dueAt: string;
                /** @description What happens automatically when it passes (sla_breach: counted, no automatic outcome). */
                onExpiry: string;
                /** @description Who must act before it passes. */
                party: string;
                breached: boolean;
              }[];
              proposals: {
                id: string;
                by: string;
                addressedTo: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                status: string;
                createdAt: string;
                clockStartsAt: string | null;
                respondedAt: string | null;
                rejectionReason: string | null;
              }[];
              evidence: {
                id: string;
                /** @enum {string} */
                kind:
                  | 'chronology'
                  | 'product_photo'
                  | 'packaging_photo'
                  | 'unboxing_video'
                  | 'invoice'
                  | 'shipping_label'
                  | 'other';
                attachmentId: string | null;
                text: string | null;
                by: string;
                at: string;
                forAppeal: boolean;
              }[];
              evidenceChecklist: {
                anyOf: string[];
                min: number;
                minTextLength?: number;
                have: number;
                satisfied: boolean;
              }[];
              escalation: {
                at: string;
                by: string;
                reason: string;
                /**
                 * @description When Sepakat worded the reason itself: a stable code to show it in the reader’s language.
                 * @enum {string}
                 */
                reasonCode?:
                  'no_new_proposal' | 'return_lost' | 'seller_shipment_lost' | 'inspection_rejected';
              } | null;
              assignedAgentId: string | null;
              decision: {
                id: string;
                agentId: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                reason: string;
                at: string;
                isFinal: boolean;
              } | null;
              appeal: {
                by: string;
                reason: string;
                at: string;
              } | null;
              evidenceRequest: {
                from: string;
                note: string;
                requestedBy: string;
                at: string;
                dueAt: string;
              } | null;
              settlement: {
                currency: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                buyerRefund: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                sellerRelease: number;
                settledAt: string;
                lines: {
                  kind: string;
                  /** @enum {string} */
                  to: 'buyer' | 'seller';
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  amount: number;
                  /** @enum {string} */
                  fundedBy: 'escrow' | 'platform' | 'insurer';
                  dueAt?: string;
                  status?: string;
                }[];
              } | null;
              /** @description Carrying out the agreed or decided solution: the return address, the shipments, the inspection. */
              execution: {
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                startedAt: string;
                returnAddress: {
                  name: string;
                  phone: string;
                  line1: string;
                  line2?: string;
                  city: string;
                  province: string;
                  postalCode: string;
                  /** @default ID */
                  country: string;
                } | null;
                returnAddressAt: string | null;
                returnShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                returnReceivedAt: string | null;
                inspection: {
                  /** @enum {string} */
                  result: 'accepted' | 'rejected';
                  note: string;
                  evidenceIds: string[];
                  at: string;
                } | null;
                sellerShipmentDueFrom: string | null;
                sellerShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                receiptConfirmedAt: string | null;
              } | null;
              extensions: ({
                kind: string;
                baseDueAt: string;
                hours: number;
                reason: string;
                at: string;
              } & {
                [key: string]: unknown;
              })[];
              filedAt: string;
              updatedAt: string;
              endedAt: string | null;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/complaints/{id}/return-shipment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Enter the return’s courier, tracking number (resi) and cost (buyer)
     * @description Partner couriers only (422 courier_not_partner); the tracking number in the courier’s format (422 invalid_tracking_number) and not used by another shipment (409 tracking_number_in_use).
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Replays the first response for the same key and body; another body with the same key is 422. */
          'idempotency-key'?: string;
          /** @description The complaint revision the caller last saw (quoted or not); a stale one is 412. */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description A partner courier code of the policy, e.g. jne, jnt, sicepat, anteraja, pos. */
            courier: string;
            /** @description The resi, in the courier’s format (policy). */
            trackingNumber: string;
            /** @description What the sender paid for the shipment. */
            cost: number;
          };
        };
      };
      responses: {
        /** @description A complaint as the caller sees it. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orderId: string;
              buyerId: string;
              shopId: string;
              shopIsMall: boolean;
              /** @enum {string} */
              category:
                | 'not_received'
                | 'damaged'
                | 'missing_items'
                | 'not_as_described'
                | 'counterfeit'
                | 'shipping_cost';
              /** @enum {string} */
              program: 'standard' | 'garansi_7_hari' | 'pasti_ori';
              /** @enum {string} */
              status:
                | 'awaiting_evidence'
                | 'awaiting_seller'
                | 'negotiating'
                | 'escalated'
                | 'awaiting_return_shipment'
                | 'return_in_transit'
                | 'return_inspection'
                | 'awaiting_seller_shipment'
                | 'seller_shipment_in_transit'
                | 'resolved'
                | 'closed';
              outcome:
                | (
                    | 'refund'
                    | 'shipping_refund'
                    | 'return_refund'
                    | 'exchange'
                    | 'missing_items_sent'
                    | 'resent'
                    | 'seller_unresponsive'
                    | 'withdrawn'
                    | 'expired_no_evidence'
                    | 'expired_no_return'
                    | 'closed_by_agent'
                  )
                | null;
              description: string;
              currency: string;
              items: {
                lineId: string;
                sku: string;
                name: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                unitPrice: number;
                quantity: number;
              }[];
              refundable: {
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                itemsValue: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                shippingShare: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                maximum: number;
              };
              shippingInsurance: {
                applies: boolean;
              };
              policyVersion: number;
              /** @description Increases with every change; sent as the ETag. */
              revision: number;
              /** @enum {string} */
              waitingOn: 'buyer' | 'seller' | 'agent' | 'courier' | 'insurer' | 'none';
              allowedActions: (
                | 'add_evidence'
                | 'submit_evidence'
                | 'message'
                | 'propose'
                | 'accept_proposal'
                | 'reject_proposal'
                | 'escalate'
                | 'withdraw'
                | 'assign'
                | 'decide'
                | 'appeal'
                | 'add_note'
                | 'request_evidence'
                | 'extend_deadline'
                | 'close'
                | 'set_return_address'
                | 'ship_return'
                | 'report_delivery'
                | 'confirm_return_received'
                | 'report_inspection'
                | 'ship_replacement'
                | 'confirm_receipt'
                | 'decide_compensation'
              )[];
              /** @description The solution types that fit the complaint’s category (for proposals and decisions). */
              allowedSolutions: (
                'refund' | 'return_refund' | 'return_exchange' | 'send_missing' | 'resend' | 'shipping_refund'
              )[];
              deadlines: {
                /** @enum {string} */
                kind:
                  | 'evidence_submission'
                  | 'seller_response'
                  | 'proposal_response'
                  | 'renegotiation'
                  | 'agent_response'
                  | 'agent_decision'
                  | 'evidence_request'
                  | 'appeal_window'
                  | 'return_address'
                  | 'return_shipment'
                  | 'return_transit'
                  | 'return_inspection'
                  | 'seller_shipment'
                  | 'seller_shipment_transit'
                  | 'seller_shipment_confirmation';
                dueAt: string;
                /** @description What happens automatically when it passes (sla_breach: counted, no automatic outcome). */
                onExpiry: string;
                /** @description Who must act before it passes. */
                party: string;
                breached: boolean;
              }[];
              proposals: {
                id: string;
                by: string;
                addressedTo: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                status: string;
                createdAt: string;
                clockStartsAt: string | null;
                respondedAt: string | null;
                rejectionReason: string | null;
              }[];
              evidence: {
                id: string;
                /** @enum {string} */
                kind:
                  | 'chronology'
                  | 'product_photo'
                  | 'packaging_photo'
                  | 'unboxing_video'
                  | 'invoice'
                  | 'shipping_label'
                  | 'other';
                attachmentId: string | null;
                text: string | null;
                by: string;
                at: string;
                forAppeal: boolean;
              }[];
              evidenceChecklist: {
                anyOf: string[];
                min: number;
                minTextLength?: number;
                have: number;
                satisfied: boolean;
              }[];
              escalation: {
                at: string;
                by: string;
                reason: string;
                /**
                 * @description When Sepakat worded the reason itself: a stable code to show it in the reader’s language.
                 * @enum {string}
                 */
                reasonCode?:
                  'no_new_proposal' | 'return_lost' | 'seller_shipment_lost' | 'inspection_rejected';
              } | null;
              assignedAgentId: string | null;
              decision: {
                id: string;
                agentId: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                reason: string;
                at: string;
                isFinal: boolean;
              } | null;
              appeal: {
                by: string;
                reason: string;
                at: string;
              } | null;
              evidenceRequest: {
                from: string;
                note: string;
                requestedBy: string;
                at: string;
                dueAt: string;
              } | null;
              settlement: {
                currency: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                buyerRefund: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                sellerRelease: number;
                settledAt: string;
                lines: {
                  kind: string;
                  /** @enum {string} */
                  to: 'buyer' | 'seller';
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  amount: number;
                  /** @enum {string} */
                  fundedBy: 'escrow' | 'platform' | 'insurer';
                  dueAt?: string;
                  status?: string;
                }[];
              } | null;
              /** @description Carrying out the agreed or decided solution: the return address, the shipments, the inspection. */
              execution: {
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                startedAt: string;
                returnAddress: {
                  name: string;
                  phone: string;
                  line1: string;
                  line2?: string;
                  city: string;
                  province: string;
                  postalCode: string;
                  /** @default ID */
                  country: string;
                } | null;
                returnAddressAt: string | null;
                returnShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                returnReceivedAt: string | null;
                inspection: {
                  /** @enum {string} */
                  result: 'accepted' | 'rejected';
                  note: string;
                  evidenceIds: string[];
                  at: string;
                } | null;
                sellerShipmentDueFrom: string | null;
                sellerShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                receiptConfirmedAt: string | null;
              } | null;
              extensions: ({
                kind: string;
                baseDueAt: string;
                hours: number;
                reason: string;
                at: string;
              } & {
                [key: string]: unknown;
              })[];
              filedAt: string;
              updatedAt: string;
              endedAt: string | null;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/complaints/{id}/return-received': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The return arrived (seller)
     * @description The inspection’s 2×24 h start now (seed).
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Replays the first response for the same key and body; another body with the same key is 422. */
          'idempotency-key'?: string;
          /** @description The complaint revision the caller last saw (quoted or not); a stale one is 412. */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never> | null;
        };
      };
      responses: {
        /** @description A complaint as the caller sees it. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orderId: string;
              buyerId: string;
              shopId: string;
              shopIsMall: boolean;
              /** @enum {string} */
              category:
                | 'not_received'
                | 'damaged'
                | 'missing_items'
                | 'not_as_described'
                | 'counterfeit'
                | 'shipping_cost';
              /** @enum {string} */
              program: 'standard' | 'garansi_7_hari' | 'pasti_ori';
              /** @enum {string} */
              status:
                | 'awaiting_evidence'
                | 'awaiting_seller'
                | 'negotiating'
                | 'escalated'
                | 'awaiting_return_shipment'
                | 'return_in_transit'
                | 'return_inspection'
                | 'awaiting_seller_shipment'
                | 'seller_shipment_in_transit'
                | 'resolved'
                | 'closed';
              outcome:
                | (
                    | 'refund'
                    | 'shipping_refund'
                    | 'return_refund'
                    | 'exchange'
                    | 'missing_items_sent'
                    | 'resent'
                    | 'seller_unresponsive'
                    | 'withdrawn'
                    | 'expired_no_evidence'
                    | 'expired_no_return'
                    | 'closed_by_agent'
                  )
                | null;
              description: string;
              currency: string;
              items: {
                lineId: string;
                sku: string;
                name: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                unitPrice: number;
                quantity: number;
              }[];
              refundable: {
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                itemsValue: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                shippingShare: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                maximum: number;
              };
              shippingInsurance: {
                applies: boolean;
              };
              policyVersion: number;
              /** @description Increases with every change; sent as the ETag. */
              revision: number;
              /** @enum {string} */
              waitingOn: 'buyer' | 'seller' | 'agent' | 'courier' | 'insurer' | 'none';
              allowedActions: (
                | 'add_evidence'
                | 'submit_evidence'
                | 'message'
                | 'propose'
                | 'accept_proposal'
                | 'reject_proposal'
                | 'escalate'
                | 'withdraw'
                | 'assign'
                | 'decide'
                | 'appeal'
                | 'add_note'
                | 'request_evidence'
                | 'extend_deadline'
                | 'close'
                | 'set_return_address'
                | 'ship_return'
                | 'report_delivery'
                | 'confirm_return_received'
                | 'report_inspection'
                | 'ship_replacement'
                | 'confirm_receipt'
                | 'decide_compensation'
              )[];
              /** @description The solution types that fit the complaint’s category (for proposals and decisions). */
              allowedSolutions: (
                'refund' | 'return_refund' | 'return_exchange' | 'send_missing' | 'resend' | 'shipping_refund'
              )[];
              deadlines: {
                /** @enum {string} */
                kind:
                  | 'evidence_submission'
                  | 'seller_response'
                  | 'proposal_response'
                  | 'renegotiation'
                  | 'agent_response'
                  | 'agent_decision'
                  | 'evidence_request'
                  | 'appeal_window'
                  | 'return_address'
                  | 'return_shipment'
                  | 'return_transit'
                  | 'return_inspection'
                  | 'seller_shipment'
                  | 'seller_shipment_transit'
                  | 'seller_shipment_confirmation';
                dueAt: string;
                /** @description What happens automatically when it passes (sla_breach: counted, no automatic outcome). */
                onExpiry: string;
                /** @description Who must act before it passes. */
                party: string;
                breached: boolean;
              }[];
              proposals: {
                id: string;
                by: string;
                addressedTo: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                status: string;
                createdAt: string;
                clockStartsAt: string | null;
                respondedAt: string | null;
                rejectionReason: string | null;
              }[];
              evidence: {
                id: string;
                /** @enum {string} */
                kind:
                  | 'chronology'
                  | 'product_photo'
                  | 'packaging_photo'
                  | 'unboxing_video'
                  | 'invoice'
                  | 'shipping_label'
                  | 'other';
                attachmentId: string | null;
                text: string | null;
                by: string;
                at: string;
                forAppeal: boolean;
              }[];
              evidenceChecklist: {
                anyOf: string[];
                min: number;
                minTextLength?: number;
                have: number;
                satisfied: boolean;
              }[];
              escalation: {
                at: string;
                by: string;
                reason: string;
                /**
                 * @description When Sepakat worded the reason itself: a stable code to show it in the reader’s language.
                 * @enum {string}
                 */
                reasonCode?:
                  'no_new_proposal' | 'return_lost' | 'seller_shipment_lost' | 'inspection_rejected';
              } | null;
              assignedAgentId: string | null;
              decision: {
                id: string;
                agentId: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                reason: string;
                at: string;
                isFinal: boolean;
              } | null;
              appeal: {
                by: string;
                reason: string;
                at: string;
              } | null;
              evidenceRequest: {
                from: string;
                note: string;
                requestedBy: string;
                at: string;
                dueAt: string;
              } | null;
              settlement: {
                currency: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                buyerRefund: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                sellerRelease: number;
                settledAt: string;
                lines: {
                  kind: string;
                  /** @enum {string} */
                  to: 'buyer' | 'seller';
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  amount: number;
                  /** @enum {string} */
                  fundedBy: 'escrow' | 'platform' | 'insurer';
                  dueAt?: string;
                  status?: string;
                }[];
              } | null;
              /** @description Carrying out the agreed or decided solution: the return address, the shipments, the inspection. */
              execution: {
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                startedAt: string;
                returnAddress: {
                  name: string;
                  phone: string;
                  line1: string;
                  line2?: string;
                  city: string;
                  province: string;
                  postalCode: string;
                  /** @default ID */
                  country: string;
                } | null;
                returnAddressAt: string | null;
                returnShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                returnReceivedAt: string | null;
                inspection: {
                  /** @enum {string} */
                  result: 'accepted' | 'rejected';
                  note: string;
                  evidenceIds: string[];
                  at: string;
                } | null;
                sellerShipmentDueFrom: string | null;
                sellerShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                receiptConfirmedAt: string | null;
              } | null;
              extensions: ({
                kind: string;
                baseDueAt: string;
                hours: number;
                reason: string;
                at: string;
              } & {
                [key: string]: unknown;
              })[];
              filedAt: string;
              updatedAt: string;
              endedAt: string | null;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/complaints/{id}/inspection': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Report the inspection of the returned item (seller)
     * @description accepted: the refund is paid, or the replacement is due; rejected (with a note and evidence): the complaint goes to Customer Care.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Replays the first response for the same key and body; another body with the same key is 422. */
          'idempotency-key'?: string;
          /** @description The complaint revision the caller last saw (quoted or not); a stale one is 412. */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            result: 'accepted' | 'rejected';
            note: string;
            /** @default [] */
            attachmentIds?: string[];
          };
        };
      };
      responses: {
        /** @description A complaint as the caller sees it. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orderId: string;
              buyerId: string;
              shopId: string;
              shopIsMall: boolean;
              /** @enum {string} */
              category:
                | 'not_received'
                | 'damaged'
                | 'missing_items'
                | 'not_as_described'
                | 'counterfeit'
                | 'shipping_cost';
              /** @enum {string} */
              program: 'standard' | 'garansi_7_hari' | 'pasti_ori';
              /** @enum {string} */
              status:
                | 'awaiting_evidence'
                | 'awaiting_seller'
                | 'negotiating'
                | 'escalated'
                | 'awaiting_return_shipment'
                | 'return_in_transit'
                | 'return_inspection'
                | 'awaiting_seller_shipment'
                | 'seller_shipment_in_transit'
                | 'resolved'
                | 'closed';
              outcome:
                | (
                    | 'refund'
                    | 'shipping_refund'
                    | 'return_refund'
                    | 'exchange'
                    | 'missing_items_sent'
                    | 'resent'
                    | 'seller_unresponsive'
                    | 'withdrawn'
                    | 'expired_no_evidence'
                    | 'expired_no_return'
                    | 'closed_by_agent'
                  )
                | null;
              description: string;
              currency: string;
              items: {
                lineId: string;
                sku: string;
                name: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                unitPrice: number;
                quantity: number;
              }[];
              refundable: {
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                itemsValue: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                shippingShare: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                maximum: number;
              };
              shippingInsurance: {
                applies: boolean;
              };
              policyVersion: number;
              /** @description Increases with every change; sent as the ETag. */
              revision: number;
              /** @enum {string} */
              waitingOn: 'buyer' | 'seller' | 'agent' | 'courier' | 'insurer' | 'none';
              allowedActions: (
                | 'add_evidence'
                | 'submit_evidence'
                | 'message'
                | 'propose'
                | 'accept_proposal'
                | 'reject_proposal'
                | 'escalate'
                | 'withdraw'
                | 'assign'
                | 'decide'
                | 'appeal'
                | 'add_note'
                | 'request_evidence'
                | 'extend_deadline'
                | 'close'
                | 'set_return_address'
                | 'ship_return'
                | 'report_delivery'
                | 'confirm_return_received'
                | 'report_inspection'
                | 'ship_replacement'
                | 'confirm_receipt'
                | 'decide_compensation'
              )[];
              /** @description The solution types that fit the complaint’s category (for proposals and decisions). */
              allowedSolutions: (
                'refund' | 'return_refund' | 'return_exchange' | 'send_missing' | 'resend' | 'shipping_refund'
              )[];
              deadlines: {
                /** @enum {string} */
                kind:
                  | 'evidence_submission'
                  | 'seller_response'
                  | 'proposal_response'
                  | 'renegotiation'
                  | 'agent_response'
                  | 'agent_decision'
                  | 'evidence_request'
                  | 'appeal_window'
                  | 'return_address'
                  | 'return_shipment'
                  | 'return_transit'
                  | 'return_inspection'
                  | 'seller_shipment'
                  | 'seller_shipment_transit'
                  | 'seller_shipment_confirmation';
                dueAt: string;
                /** @description What happens automatically when it passes (sla_breach: counted, no automatic outcome). */
                onExpiry: string;
                /** @description Who must act before it passes. */
                party: string;
                breached: boolean;
              }[];
              proposals: {
                id: string;
                by: string;
                addressedTo: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                status: string;
                createdAt: string;
                clockStartsAt: string | null;
                respondedAt: string | null;
                rejectionReason: string | null;
              }[];
              evidence: {
                id: string;
                /** @enum {string} */
                kind:
                  | 'chronology'
                  | 'product_photo'
                  | 'packaging_photo'
                  | 'unboxing_video'
                  | 'invoice'
                  | 'shipping_label'
                  | 'other';
                attachmentId: string | null;
                text: string | null;
                by: string;
                at: string;
                forAppeal: boolean;
              }[];
              evidenceChecklist: {
                anyOf: string[];
                min: number;
                minTextLength?: number;
                have: number;
                satisfied: boolean;
              }[];
              escalation: {
                at: string;
                by: string;
                reason: string;
                /**
                 * @description When Sepakat worded the reason itself: a stable code to show it in the reader’s language.
                 * @enum {string}
                 */
                reasonCode?:
                  'no_new_proposal' | 'return_lost' | 'seller_shipment_lost' | 'inspection_rejected';
              } | null;
              assignedAgentId: string | null;
              decision: {
                id: string;
                agentId: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                reason: string;
                at: string;
                isFinal: boolean;
              } | null;
              appeal: {
                by: string;
                reason: string;
                at: string;
              } | null;
              evidenceRequest: {
                from: string;
                note: string;
                requestedBy: string;
                at: string;
                dueAt: string;
              } | null;
              settlement: {
                currency: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                buyerRefund: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                sellerRelease: number;
                settledAt: string;
                lines: {
                  kind: string;
                  /** @enum {string} */
                  to: 'buyer' | 'seller';
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  amount: number;
                  /** @enum {string} */
                  fundedBy: 'escrow' | 'platform' | 'insurer';
                  dueAt?: string;
                  status?: string;
                }[];
              } | null;
              /** @description Carrying out the agreed or decided solution: the return address, the shipments, the inspection. */
              execution: {
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                startedAt: string;
                returnAddress: {
                  name: string;
                  phone: string;
                  line1: string;
                  line2?: string;
                  city: string;
                  province: string;
                  postalCode: string;
                  /** @default ID */
                  country: string;
                } | null;
                returnAddressAt: string | null;
                returnShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                returnReceivedAt: string | null;
                inspection: {
                  /** @enum {string} */
                  result: 'accepted' | 'rejected';
                  note: string;
                  evidenceIds: string[];
                  at: string;
                } | null;
                sellerShipmentDueFrom: string | null;
                sellerShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                receiptConfirmedAt: string | null;
              } | null;
              extensions: ({
                kind: string;
                baseDueAt: string;
                hours: number;
                reason: string;
                at: string;
              } & {
                [key: string]: unknown;
              })[];
              filedAt: string;
              updatedAt: string;
              endedAt: string | null;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/complaints/{id}/seller-shipment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ship the replacement, the missing items or the resend (seller)
     * @description Partner couriers and their tracking formats, as for returns.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Replays the first response for the same key and body; another body with the same key is 422. */
          'idempotency-key'?: string;
          /** @description The complaint revision the caller last saw (quoted or not); a stale one is 412. */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description A partner courier code of the policy, e.g. jne, jnt, sicepat, anteraja, pos. */
            courier: string;
            /** @description The resi, in the courier’s format (policy). */
            trackingNumber: string;
            /** @description What the sender paid for the shipment. */
            cost: number;
          };
        };
      };
      responses: {
        /** @description A complaint as the caller sees it. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orderId: string;
              buyerId: string;
              shopId: string;
              shopIsMall: boolean;
              /** @enum {string} */
              category:
                | 'not_received'
                | 'damaged'
                | 'missing_items'
                | 'not_as_described'
                | 'counterfeit'
                | 'shipping_cost';
              /** @enum {string} */
              program: 'standard' | 'garansi_7_hari' | 'pasti_ori';
              /** @enum {string} */
              status:
                | 'awaiting_evidence'
                | 'awaiting_seller'
                | 'negotiating'
                | 'escalated'
                | 'awaiting_return_shipment'
                | 'return_in_transit'
                | 'return_inspection'
                | 'awaiting_seller_shipment'
                | 'seller_shipment_in_transit'
                | 'resolved'
                | 'closed';
              outcome:
                | (
                    | 'refund'
                    | 'shipping_refund'
                    | 'return_refund'
                    | 'exchange'
                    | 'missing_items_sent'
                    | 'resent'
                    | 'seller_unresponsive'
                    | 'withdrawn'
                    | 'expired_no_evidence'
                    | 'expired_no_return'
                    | 'closed_by_agent'
                  )
                | null;
              description: string;
              currency: string;
              items: {
                lineId: string;
                sku: string;
                name: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                unitPrice: number;
                quantity: number;
              }[];
              refundable: {
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                itemsValue: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                shippingShare: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                maximum: number;
              };
              shippingInsurance: {
                applies: boolean;
              };
              policyVersion: number;
              /** @description Increases with every change; sent as the ETag. */
              revision: number;
              /** @enum {string} */
              waitingOn: 'buyer' | 'seller' | 'agent' | 'courier' | 'insurer' | 'none';
              allowedActions: (
                | 'add_evidence'
                | 'submit_evidence'
                | 'message'
                | 'propose'
                | 'accept_proposal'
                | 'reject_proposal'
                | 'escalate'
                | 'withdraw'
                | 'assign'
                | 'decide'
                | 'appeal'
                | 'add_note'
                | 'request_evidence'
                | 'extend_deadline'
                | 'close'
                | 'set_return_address'
                | 'ship_return'
                | 'report_delivery'
                | 'confirm_return_received'
                | 'report_inspection'
                | 'ship_replacement'
                | 'confirm_receipt'
                | 'decide_compensation'
              )[];
              /** @description The solution types that fit the complaint’s category (for proposals and decisions). */
              allowedSolutions: (
                'refund' | 'return_refund' | 'return_exchange' | 'send_missing' | 'resend' | 'shipping_refund'
              )[];
              deadlines: {
                /** @enum {string} */
                kind:
                  | 'evidence_submission'
                  | 'seller_response'
                  | 'proposal_response'
                  | 'renegotiation'
                  | 'agent_response'
                  | 'agent_decision'
                  | 'evidence_request'
                  | 'appeal_window'
                  | 'return_address'
                  | 'return_shipment'
                  | 'return_transit'
                  | 'return_inspection'
                  | 'seller_shipment'
                  | 'seller_shipment_transit'
                  | 'seller_shipment_confirmation';
                dueAt: string;
                /** @description What happens automatically when it passes (sla_breach: counted, no automatic outcome). */
                onExpiry: string;
                /** @description Who must act before it passes. */
                party: string;
                breached: boolean;
              }[];
              proposals: {
                id: string;
                by: string;
                addressedTo: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                status: string;
                createdAt: string;
                clockStartsAt: string | null;
                respondedAt: string | null;
                rejectionReason: string | null;
              }[];
              evidence: {
                id: string;
                /** @enum {string} */
                kind:
                  | 'chronology'
                  | 'product_photo'
                  | 'packaging_photo'
                  | 'unboxing_video'
                  | 'invoice'
                  | 'shipping_label'
                  | 'other';
                attachmentId: string | null;
                text: string | null;
                by: string;
                at: string;
                forAppeal: boolean;
              }[];
              evidenceChecklist: {
                anyOf: string[];
                min: number;
                minTextLength?: number;
                have: number;
                satisfied: boolean;
              }[];
              escalation: {
                at: string;
                by: string;
                reason: string;
                /**
                 * @description When Sepakat worded the reason itself: a stable code to show it in the reader’s language.
                 * @enum {string}
                 */
                reasonCode?:
                  'no_new_proposal' | 'return_lost' | 'seller_shipment_lost' | 'inspection_rejected';
              } | null;
              assignedAgentId: string | null;
              decision: {
                id: string;
                agentId: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                reason: string;
                at: string;
                isFinal: boolean;
              } | null;
              appeal: {
                by: string;
                reason: string;
                at: string;
              } | null;
              evidenceRequest: {
                from: string;
                note: string;
                requestedBy: string;
                at: string;
                dueAt: string;
              } | null;
              settlement: {
                currency: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                buyerRefund: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                sellerRelease: number;
                settledAt: string;
                lines: {
                  kind: string;
                  /** @enum {string} */
                  to: 'buyer' | 'seller';
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  amount: number;
                  /** @enum {string} */
                  fundedBy: 'escrow' | 'platform' | 'insurer';
                  dueAt?: string;
                  status?: string;
                }[];
              } | null;
              /** @description Carrying out the agreed or decided solution: the return address, the shipments, the inspection. */
              execution: {
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                startedAt: string;
                returnAddress: {
                  name: string;
                  phone: string;
                  line1: string;
                  line2?: string;
                  city: string;
                  province: string;
                  postalCode: string;
                  /** @default ID */
                  country: string;
                } | null;
                returnAddressAt: string | null;
                returnShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                returnReceivedAt: string | null;
                inspection: {
                  /** @enum {string} */
                  result: 'accepted' | 'rejected';
                  note: string;
                  evidenceIds: string[];
                  at: string;
                } | null;
                sellerShipmentDueFrom: string | null;
                sellerShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                receiptConfirmedAt: string | null;
              } | null;
              extensions: ({
                kind: string;
                baseDueAt: string;
                hours: number;
                reason: string;
                at: string;
              } & {
                [key: string]: unknown;
              })[];
              filedAt: string;
              updatedAt: string;
              endedAt: string | null;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/complaints/{id}/confirm-receipt': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The replacement, missing items or resend arrived (buyer) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Replays the first response for the same key and body; another body with the same key is 422. */
          'idempotency-key'?: string;
          /** @description The complaint revision the caller last saw (quoted or not); a stale one is 412. */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never> | null;
        };
      };
      responses: {
        /** @description A complaint as the caller sees it. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orderId: string;
              buyerId: string;
              shopId: string;
              shopIsMall: boolean;
              /** @enum {string} */
              category:
                | 'not_received'
                | 'damaged'
                | 'missing_items'
                | 'not_as_described'
                | 'counterfeit'
                | 'shipping_cost';
              /** @enum {string} */
              program: 'standard' | 'garansi_7_hari' | 'pasti_ori';
              /** @enum {string} */
              status:
                | 'awaiting_evidence'
                | 'awaiting_seller'
                | 'negotiating'
                | 'escalated'
                | 'awaiting_return_shipment'
                | 'return_in_transit'
                | 'return_inspection'
                | 'awaiting_seller_shipment'
                | 'seller_shipment_in_transit'
                | 'resolved'
                | 'closed';
              outcome:
                | (
                    | 'refund'
                    | 'shipping_refund'
                    | 'return_refund'
                    | 'exchange'
                    | 'missing_items_sent'
                    | 'resent'
                    | 'seller_unresponsive'
                    | 'withdrawn'
                    | 'expired_no_evidence'
                    | 'expired_no_return'
                    | 'closed_by_agent'
                  )
                | null;
              description: string;
              currency: string;
              items: {
                lineId: string;
                sku: string;
                name: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                unitPrice: number;
                quantity: number;
              }[];
              refundable: {
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                itemsValue: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                shippingShare: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                maximum: number;
              };
              shippingInsurance: {
                applies: boolean;
              };
              policyVersion: number;
              /** @description Increases with every change; sent as the ETag. */
              revision: number;
              /** @enum {string} */
              waitingOn: 'buyer' | 'seller' | 'agent' | 'courier' | 'insurer' | 'none';
              allowedActions: (
                | 'add_evidence'
                | 'submit_evidence'
                | 'message'
                | 'propose'
                | 'accept_proposal'
                | 'reject_proposal'
                | 'escalate'
                | 'withdraw'
                | 'assign'
                | 'decide'
                | 'appeal'
                | 'add_note'
                | 'request_evidence'
                | 'extend_deadline'
                | 'close'
                | 'set_return_address'
                | 'ship_return'
                | 'report_delivery'
                | 'confirm_return_received'
                | 'report_inspection'
                | 'ship_replacement'
                | 'confirm_receipt'
                | 'decide_compensation'
              )[];
              /** @description The solution types that fit the complaint’s category (for proposals and decisions). */
              allowedSolutions: (
                'refund' | 'return_refund' | 'return_exchange' | 'send_missing' | 'resend' | 'shipping_refund'
              )[];
              deadlines: {
                /** @enum {string} */
                kind:
                  | 'evidence_submission'
                  | 'seller_response'
                  | 'proposal_response'
                  | 'renegotiation'
                  | 'agent_response'
                  | 'agent_decision'
                  | 'evidence_request'
                  | 'appeal_window'
                  | 'return_address'
                  | 'return_shipment'
                  | 'return_transit'
                  | 'return_inspection'
                  | 'seller_shipment'
                  | 'seller_shipment_transit'
                  | 'seller_shipment_confirmation';
                dueAt: string;
                /** @description What happens automatically when it passes (sla_breach: counted, no automatic outcome). */
                onExpiry: string;
                /** @description Who must act before it passes. */
                party: string;
                breached: boolean;
              }[];
              proposals: {
                id: string;
                by: string;
                addressedTo: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                status: string;
                createdAt: string;
                clockStartsAt: string | null;
                respondedAt: string | null;
                rejectionReason: string | null;
              }[];
              evidence: {
                id: string;
                /** @enum {string} */
                kind:
                  | 'chronology'
                  | 'product_photo'
                  | 'packaging_photo'
                  | 'unboxing_video'
                  | 'invoice'
                  | 'shipping_label'
                  | 'other';
                attachmentId: string | null;
                text: string | null;
                by: string;
                at: string;
                forAppeal: boolean;
              }[];
              evidenceChecklist: {
                anyOf: string[];
                min: number;
                minTextLength?: number;
                have: number;
                satisfied: boolean;
              }[];
              escalation: {
                at: string;
                by: string;
                reason: string;
                /**
                 * @description When Sepakat worded the reason itself: a stable code to show it in the reader’s language.
                 * @enum {string}
                 */
                reasonCode?:
                  'no_new_proposal' | 'return_lost' | 'seller_shipment_lost' | 'inspection_rejected';
              } | null;
              assignedAgentId: string | null;
              decision: {
                id: string;
                agentId: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                reason: string;
                at: string;
                isFinal: boolean;
              } | null;
              appeal: {
                by: string;
                reason: string;
                at: string;
              } | null;
              evidenceRequest: {
                from: string;
                note: string;
                requestedBy: string;
                at: string;
                dueAt: string;
              } | null;
              settlement: {
                currency: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                buyerRefund: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                sellerRelease: number;
                settledAt: string;
                lines: {
                  kind: string;
                  /** @enum {string} */
                  to: 'buyer' | 'seller';
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  amount: number;
                  /** @enum {string} */
                  fundedBy: 'escrow' | 'platform' | 'insurer';
                  dueAt?: string;
                  status?: string;
                }[];
              } | null;
              /** @description Carrying out the agreed or decided solution: the return address, the shipments, the inspection. */
              execution: {
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                startedAt: string;
                returnAddress: {
                  name: string;
                  phone: string;
                  line1: string;
                  line2?: string;
                  city: string;
                  province: string;
                  postalCode: string;
                  /** @default ID */
                  country: string;
                } | null;
                returnAddressAt: string | null;
                returnShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                returnReceivedAt: string | null;
                inspection: {
                  /** @enum {string} */
                  result: 'accepted' | 'rejected';
                  note: string;
                  evidenceIds: string[];
                  at: string;
                } | null;
                sellerShipmentDueFrom: string | null;
                sellerShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                receiptConfirmedAt: string | null;
              } | null;
              extensions: ({
                kind: string;
                baseDueAt: string;
                hours: number;
                reason: string;
                at: string;
              } & {
                [key: string]: unknown;
              })[];
              filedAt: string;
              updatedAt: string;
              endedAt: string | null;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/complaints/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Close the complaint (agent)
     * @description Outcome closed_by_agent; the disputed escrow is released to the seller.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Replays the first response for the same key and body; another body with the same key is 422. */
          'idempotency-key'?: string;
          /** @description The complaint revision the caller last saw (quoted or not); a stale one is 412. */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description A complaint as the caller sees it. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orderId: string;
              buyerId: string;
              shopId: string;
              shopIsMall: boolean;
              /** @enum {string} */
              category:
                | 'not_received'
                | 'damaged'
                | 'missing_items'
                | 'not_as_described'
                | 'counterfeit'
                | 'shipping_cost';
              /** @enum {string} */
              program: 'standard' | 'garansi_7_hari' | 'pasti_ori';
              /** @enum {string} */
              status:
                | 'awaiting_evidence'
                | 'awaiting_seller'
                | 'negotiating'
                | 'escalated'
                | 'awaiting_return_shipment'
                | 'return_in_transit'
                | 'return_inspection'
                | 'awaiting_seller_shipment'
                | 'seller_shipment_in_transit'
                | 'resolved'
                | 'closed';
              outcome:
                | (
                    | 'refund'
                    | 'shipping_refund'
                    | 'return_refund'
                    | 'exchange'
                    | 'missing_items_sent'
                    | 'resent'
                    | 'seller_unresponsive'
                    | 'withdrawn'
                    | 'expired_no_evidence'
                    | 'expired_no_return'
                    | 'closed_by_agent'
                  )
                | null;
              description: string;
              currency: string;
              items: {
                lineId: string;
                sku: string;
                name: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                unitPrice: number;
                quantity: number;
              }[];
              refundable: {
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                itemsValue: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                shippingShare: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                maximum: number;
              };
              shippingInsurance: {
                applies: boolean;
              };
              policyVersion: number;
              /** @description Increases with every change; sent as the ETag. */
              revision: number;
              /** @enum {string} */
              waitingOn: 'buyer' | 'seller' | 'agent' | 'courier' | 'insurer' | 'none';
              allowedActions: (
                | 'add_evidence'
                | 'submit_evidence'
                | 'message'
                | 'propose'
                | 'accept_proposal'
                | 'reject_proposal'
                | 'escalate'
                | 'withdraw'
                | 'assign'
                | 'decide'
                | 'appeal'
                | 'add_note'
                | 'request_evidence'
                | 'extend_deadline'
                | 'close'
                | 'set_return_address'
                | 'ship_return'
                | 'report_delivery'
                | 'confirm_return_received'
                | 'report_inspection'
                | 'ship_replacement'
                | 'confirm_receipt'
                | 'decide_compensation'
              )[];
              /** @description The solution types that fit the complaint’s category (for proposals and decisions). */
              allowedSolutions: (
                'refund' | 'return_refund' | 'return_exchange' | 'send_missing' | 'resend' | 'shipping_refund'
              )[];
              deadlines: {
                /** @enum {string} */
                kind:
                  | 'evidence_submission'
                  | 'seller_response'
                  | 'proposal_response'
                  | 'renegotiation'
                  | 'agent_response'
                  | 'agent_decision'
                  | 'evidence_request'
                  | 'appeal_window'
                  | 'return_address'
                  | 'return_shipment'
                  | 'return_transit'
                  | 'return_inspection'
                  | 'seller_shipment'
                  | 'seller_shipment_transit'
                  | 'seller_shipment_confirmation';
                dueAt: string;
                /** @description What happens automatically when it passes (sla_breach: counted, no automatic outcome). */
                onExpiry: string;
                /** @description Who must act before it passes. */
                party: string;
                breached: boolean;
              }[];
              proposals: {
                id: string;
                by: string;
                addressedTo: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                status: string;
                createdAt: string;
                clockStartsAt: string | null;
                respondedAt: string | null;
                rejectionReason: string | null;
              }[];
              evidence: {
                id: string;
                /** @enum {string} */
                kind:
                  | 'chronology'
                  | 'product_photo'
                  | 'packaging_photo'
                  | 'unboxing_video'
                  | 'invoice'
                  | 'shipping_label'
                  | 'other';
                attachmentId: string | null;
                text: string | null;
                by: string;
                at: string;
                forAppeal: boolean;
              }[];
              evidenceChecklist: {
                anyOf: string[];
                min: number;
                minTextLength?: number;
                have: number;
                satisfied: boolean;
              }[];
              escalation: {
                at: string;
                by: string;
                reason: string;
                /**
                 * @description When Sepakat worded the reason itself: a stable code to show it in the reader’s language.
                 * @enum {string}
                 */
                reasonCode?:
                  'no_new_proposal' | 'return_lost' | 'seller_shipment_lost' | 'inspection_rejected';
              } | null;
              assignedAgentId: string | null;
              decision: {
                id: string;
                agentId: string;
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                reason: string;
                at: string;
                isFinal: boolean;
              } | null;
              appeal: {
                by: string;
                reason: string;
                at: string;
              } | null;
              evidenceRequest: {
                from: string;
                note: string;
                requestedBy: string;
                at: string;
                dueAt: string;
              } | null;
              settlement: {
                currency: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                buyerRefund: number;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                sellerRelease: number;
                settledAt: string;
                lines: {
                  kind: string;
                  /** @enum {string} */
                  to: 'buyer' | 'seller';
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  amount: number;
                  /** @enum {string} */
                  fundedBy: 'escrow' | 'platform' | 'insurer';
                  dueAt?: string;
                  status?: string;
                }[];
              } | null;
              /** @description Carrying out the agreed or decided solution: the return address, the shipments, the inspection. */
              execution: {
                solution: {
                  /** @enum {string} */
                  type:
                    | 'refund'
                    | 'return_refund'
                    | 'return_exchange'
                    | 'send_missing'
                    | 'resend'
                    | 'shipping_refund';
                  /** @description For refund and shipping_refund; absent means the full refundable amount. */
                  amount?: number;
                };
                startedAt: string;
                returnAddress: {
                  name: string;
                  phone: string;
                  line1: string;
                  line2?: string;
                  city: string;
                  province: string;
                  postalCode: string;
                  /** @default ID */
                  country: string;
                } | null;
                returnAddressAt: string | null;
                returnShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                returnReceivedAt: string | null;
                inspection: {
                  /** @enum {string} */
                  result: 'accepted' | 'rejected';
                  note: string;
                  evidenceIds: string[];
                  at: string;
                } | null;
                sellerShipmentDueFrom: string | null;
                sellerShipment: {
                  courier: string;
                  trackingNumber: string;
                  /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                  cost: number;
                  shippedAt: string;
                  deliveredAt: string | null;
                } | null;
                receiptConfirmedAt: string | null;
              } | null;
              extensions: ({
                kind: string;
                baseDueAt: string;
                hours: number;
                reason: string;
                at: string;
              } & {
                [key: string]: unknown;
              })[];
              filedAt: string;
              updatedAt: string;
              endedAt: string | null;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/uploads': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Upload an evidence file (buyer, seller, agent)
     * @description multipart/form-data with one part named `file`. The type is decided from the bytes, never the name or declared type: photos (JPEG, PNG, WebP, HEIC) up to 10 MB, videos (MP4, QuickTime, WebM) up to 200 MB by default policy. Anything else is 415; too large is 413. The file is streamed to storage and its SHA-256 recorded.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              attachmentId: string;
              /**
               * @description What the bytes are: a photo (JPEG, PNG, WebP, HEIC) or a video (MP4, QuickTime, WebM).
               * @enum {string}
               */
              kind: 'photo' | 'video';
              size: number;
              contentType: string;
              sha256: string;
              filename: string | null;
              createdAt: string;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/attachments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download an attachment (its uploader; once attached, the complaint’s parties and agents) */
    get: {
      parameters: {
        query?: {
          /** @description thumbnail: a WebP at most 320×320 (photos; videos where ffmpeg is installed, else 404 thumbnail_unavailable) */
          variant?: 'original' | 'thumbnail';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The file’s bytes with its content type. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/shipments/{trackingNumber}/delivered': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Tracking reports a shipment delivered (platform)
     * @description A return moves to inspection; a seller shipment starts the buyer’s confirmation window. Idempotent: a repeated report answers 200 with alreadyReported.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          trackingNumber: string;
        };
        cookie?: never;
      };
      /** @description No parameters: the delivery is recorded at the time of the report. */
      requestBody: {
        content: {
          'application/json': Record<string, never> | null;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              trackingNumber: string;
              courier: string;
              /** @enum {string} */
              direction: 'return' | 'seller';
              complaintId: string;
              deliveredAt: string | null;
              alreadyReported: boolean;
              complaintStatus: string;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/payouts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Payout instructions, earliest due first (platform, agents; buyers and sellers see their own) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
          complaintId?: string;
          status?: 'pending' | 'confirmed';
          /** @description Only instructions due at or before this time. */
          dueBefore?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                complaintId: string;
                orderId: string;
                /** @description The settlement line: items_refund, original_shipping_refund, return_shipping_reimbursement, reshipment_reimbursement, escrow_release or compensation. */
                kind: string;
                recipient: {
                  /** @enum {string} */
                  role: 'buyer' | 'seller';
                  id: string;
                };
                accountId: string;
                fundedBy: string;
                currency: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                amount: number;
                /** @enum {string} */
                status: 'pending' | 'confirmed';
                dueAt: string;
                createdAt: string;
                confirmedAt: string | null;
                reference: string | null;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/payouts/{id}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The marketplace executed a payout (platform; idempotent) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The marketplace’s own reference for the transfer. */
            reference?: string;
          } | null;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              complaintId: string;
              orderId: string;
              /** @description The settlement line: items_refund, original_shipping_refund, return_shipping_reimbursement, reshipment_reimbursement, escrow_release or compensation. */
              kind: string;
              recipient: {
                /** @enum {string} */
                role: 'buyer' | 'seller';
                id: string;
              };
              accountId: string;
              fundedBy: string;
              currency: string;
              /** @description An amount in the minor unit of the currency (IDR: rupiah). */
              amount: number;
              /** @enum {string} */
              status: 'pending' | 'confirmed';
              dueAt: string;
              createdAt: string;
              confirmedAt: string | null;
              reference: string | null;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/compensation-claims': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Pasti Ori compensation claims, earliest due first (agents, insurer) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
          status?: 'pending' | 'approved' | 'rejected';
          /** @description Pending claims past their 14 working days. */
          overdue?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                complaintId: string;
                buyerId: string;
                currency: string;
                /** @description An amount in the minor unit of the currency (IDR: rupiah). */
                amount: number;
                /** @enum {string} */
                status: 'pending' | 'approved' | 'rejected';
                /** @description 14 working days after the claim opened (seed). */
                dueAt: string;
                overdue: boolean;
                createdAt: string;
                decidedAt: string | null;
                reason: string | null;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/compensation-claims/{id}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Decide a compensation claim (insurer)
     * @description approved credits the buyer’s store credit (buyer_credit) and instructs the payout; rejected records the reason. A claim is decided once.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            decision: 'approved' | 'rejected';
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              complaintId: string;
              buyerId: string;
              currency: string;
              /** @description An amount in the minor unit of the currency (IDR: rupiah). */
              amount: number;
              /** @enum {string} */
              status: 'pending' | 'approved' | 'rejected';
              /** @description 14 working days after the claim opened (seed). */
              dueAt: string;
              overdue: boolean;
              createdAt: string;
              decidedAt: string | null;
              reason: string | null;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/shops/{shopId}/return-address': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A shop’s default return address */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          shopId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              name: string;
              phone: string;
              line1: string;
              line2?: string;
              city: string;
              province: string;
              postalCode: string;
              /** @default ID */
              country: string;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    /**
     * Set a shop’s default return address (its seller, the platform)
     * @description Used automatically when a return starts on one of the shop’s complaints.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          shopId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            phone: string;
            line1: string;
            line2?: string;
            city: string;
            province: string;
            postalCode: string;
            /** @default ID */
            country?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              name: string;
              phone: string;
              line1: string;
              line2?: string;
              city: string;
              province: string;
              postalCode: string;
              /** @default ID */
              country: string;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The event feed: every timeline event across complaints, in commit order (platform, agents)
     * @description Poll with `after` = the last `sequence` you processed (0 to start). Sequences are gap-free and assigned in commit order, so a consumer that remembers its position misses nothing and sees nothing twice. `lastSequence` is where to continue.
     */
    get: {
      parameters: {
        query?: {
          after?: number;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                sequence: number;
                complaintId: string;
                /** @description The event’s id (as in the complaint’s timeline). */
                id: string;
                /** @description The event’s position in its complaint’s timeline. */
                seq: number;
                type: string;
                actor: {
                  role: string;
                  id: string | null;
                };
                visibility: string;
                data: {
                  [key: string]: unknown;
                };
                occurredAt: string;
              }[];
              lastSequence: number;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/agent/queue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The agents’ queue, most urgent first (agents)
     * @description Escalated complaints and appeals (waiting on an agent), complaints with a deadline within 24 h, and Pasti Ori compensation claims past their 14 working days. Breaches first (oldest first), then the nearest due time. Keyset-paginated: pass `nextCursor` as `cursor`. `total` counts every item that matches the filters, exactly up to 500; past that it is 500 and `totalIsExact` is false (counting further would cost more than the page). Take one with POST /v1/complaints/{id}/assign.
     */
    get: {
      parameters: {
        query?: {
          /** @description `me`, `unassigned` or an agent id. */
          assignee?: string;
          program?: 'standard' | 'garansi_7_hari' | 'pasti_ori';
          category?:
            | 'not_received'
            | 'damaged'
            | 'missing_items'
            | 'not_as_described'
            | 'counterfeit'
            | 'shipping_cost';
          /** @description One or more complaint statuses (repeat the parameter or separate with commas). */
          status?:
            | (
                | 'awaiting_evidence'
                | 'awaiting_seller'
                | 'negotiating'
                | 'escalated'
                | 'awaiting_return_shipment'
                | 'return_in_transit'
                | 'return_inspection'
                | 'awaiting_seller_shipment'
                | 'seller_shipment_in_transit'
                | 'resolved'
                | 'closed'
              )
            | (
                | 'awaiting_evidence'
                | 'awaiting_seller'
                | 'negotiating'
                | 'escalated'
                | 'awaiting_return_shipment'
                | 'return_in_transit'
                | 'return_inspection'
                | 'awaiting_seller_shipment'
                | 'seller_shipment_in_transit'
                | 'resolved'
                | 'closed'
              )[];
          /** @description `true`: breaches only; `false`: everything but breaches. */
          breaching?: 'true' | 'false';
          limit?: number;
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                /** @enum {string} */
                kind: 'appeal' | 'escalated' | 'deadline_near' | 'compensation_overdue';
                complaintId: string;
                claimId: string | null;
                status: string;
                program: string;
                category: string;
                assignedAgentId: string | null;
                waitingOn: string;
                deadlineKind: string | null;
                dueAt: string | null;
                breached: boolean;
              }[];
              total: number;
              /** @description false: there are more than `total` items. */
              totalIsExact: boolean;
              nextCursor: string | null;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The caller’s in-app notifications, newest first, with the unread count
     * @description For every deadline set for the caller (and reminders 24 h and 2 h before it), every outcome of their complaints and every message from the other side. Texts in Indonesian by default; English with `?locale=en` or `Accept-Language: en`. A seller sees their shop’s; an agent their own and the unassigned ones.
     */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
          unread?: 'true' | 'false';
          locale?: 'id' | 'en';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                complaintId: string | null;
                kind: string;
                title: string;
                body: string;
                params: {
                  [key: string]: unknown;
                };
                createdAt: string;
                readAt: string | null;
              }[];
              unreadCount: number;
              nextCursor: string | null;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/notifications/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark one notification read */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never> | null;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              marked: number;
              unreadCount: number;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/notifications/read-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark all the caller’s notifications read */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never> | null;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              marked: number;
              unreadCount: number;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/contacts/{kind}/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Where to e-mail a buyer, a shop or an agent, and in which language (platform)
     * @description The marketplace owns its users: it tells Sepakat their e-mail address and language. Without a contact, notifications stay in the app.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          kind: 'buyers' | 'shops' | 'agents';
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            email: string;
            /**
             * @default id
             * @enum {string}
             */
            locale?: 'id' | 'en';
            name?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: email */
              email: string;
              /**
               * @default id
               * @enum {string}
               */
              locale: 'id' | 'en';
              name?: string;
              recipient: string;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhook-endpoints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The webhook endpoints (platform) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                url: string;
                eventTypes: string[];
                enabled: boolean;
                consecutiveFailures: number;
                disabledReason: string | null;
                createdAt: string;
                /** @description Shown when created or rotated only: whsec_… (Standard Webhooks). */
                secret?: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /**
     * Register a webhook endpoint (platform)
     * @description Every timeline event (types as in the timeline, e.g. complaint_filed, status_changed, settled) and every payout instruction (payout.created) is POSTed to the URL, signed by the Standard Webhooks convention (webhook-id, webhook-timestamp, webhook-signature, HMAC-SHA256) with the endpoint’s secret. `eventTypes: ["*"]` subscribes to all. Delivered at least once; retried with exponential back-off; an endpoint whose deliveries keep failing is disabled until re-enabled.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uri */
            url: string;
            /**
             * @default [
             *       "*"
             *     ]
             */
            eventTypes?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              url: string;
              eventTypes: string[];
              enabled: boolean;
              consecutiveFailures: number;
              disabledReason: string | null;
              createdAt: string;
              /** @description Shown when created or rotated only: whsec_… (Standard Webhooks). */
              secret?: string;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhook-endpoints/{id}/rotate-secret': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign with a new secret from now on (platform) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never> | null;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              url: string;
              eventTypes: string[];
              enabled: boolean;
              consecutiveFailures: number;
              disabledReason: string | null;
              createdAt: string;
              /** @description Shown when created or rotated only: whsec_… (Standard Webhooks). */
              secret?: string;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhook-endpoints/{id}/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Re-enable a disabled endpoint (platform) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never> | null;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              url: string;
              eventTypes: string[];
              enabled: boolean;
              consecutiveFailures: number;
              disabledReason: string | null;
              createdAt: string;
              /** @description Shown when created or rotated only: whsec_… (Standard Webhooks). */
              secret?: string;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhook-deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The delivery log, newest first, with every attempt (platform) */
    get: {
      parameters: {
        query?: {
          endpointId?: string;
          status?: 'pending' | 'succeeded' | 'failed' | 'abandoned';
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                endpointId: string;
                eventType: string;
                status: string;
                attempts: {
                  attempt: number;
                  at: string;
                  statusCode: number | null;
                  latencyMs: number;
                  responseExcerpt: string | null;
                  error: string | null;
                }[];
                payload: unknown;
                createdAt: string;
                succeededAt: string | null;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhook-deliveries/{id}/replay': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a delivery again, as first sent (platform) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never> | null;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @enum {string} */
              status: 'pending';
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/ledger/accounts/{accountId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A ledger account: balance and postings, newest first
     * @description Accounts: `order_escrow:{orderId}`, `buyer_refund:{buyerId}` (Saldo Refund), `buyer_credit:{buyerId}` (store credit), `seller_payable:{shopId}`, `platform_shipping_subsidy`, `insurer`, `marketplace_clearing`. The platform and agents read every account; a buyer reads their own refund and credit balances, a seller their payable.
     */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
        };
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              type?: string;
              ownerId: string | null;
              balance: number;
              postings: {
                id: string;
                transactionId: string;
                kind: string;
                complaintId: string | null;
                orderId: string | null;
                currency: string;
                amount: number;
                createdAt: string;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/policy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The current policy version (or ?version=N)
     * @description Every duration (elapsed hours), evidence requirement, upload limit, cap, partner courier and holiday addition. Each complaint keeps the version it was filed under (`policyVersion`).
     */
    get: {
      parameters: {
        query?: {
          version?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              version: number;
              publishedAt: string;
              document: {
                [key: string]: unknown;
              };
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    /**
     * Publish a new policy version (agent with the admin right)
     * @description The whole policy document (as GET /v1/policy returns it in `document`). It is checked first: bad durations, unknown couriers, a cap below zero and the like are 422 policy_invalid with `errors[]` naming each field. New complaints use the new version; open complaints keep theirs.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      /** @description A policy document. */
      requestBody: {
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              version: number;
              publishedAt: string;
              document: {
                [key: string]: unknown;
              };
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/policy/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every published policy version, newest first (agents) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                version: number;
                publishedAt: string;
                publishedBy: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/dev/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A token for any user (demo mode only) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            userId: string;
            /** @enum {string} */
            role: 'buyer' | 'seller' | 'agent' | 'admin';
            shopId?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              token: string;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/dev/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The demo users of Tokolink, to log in as with /v1/dev/login (demo mode only) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                userId: string;
                role: string;
                shopId?: string;
                name: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/dev/outbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The e-mails Sepakat wrote, newest first (demo mode only; kept here when SMTP_URL is not set) */
    get: {
      parameters: {
        query?: {
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/dev/clock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read the clock (demo mode only) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              mode: 'system' | 'manual';
              now: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/dev/clock/advance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move the manual clock forward and fire every deadline that fell due (SEPAKAT_CLOCK=manual) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            hours?: number;
            minutes?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              mode: 'system' | 'manual';
              now: string;
              fired: number;
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description An RFC 9457 problem document (application/problem+json). */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description A stable machine code, e.g. complaint_window_closed. */
              code: string;
              instance?: string;
              requestId?: string;
              errors?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: never;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
