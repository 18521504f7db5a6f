import { randomUUID } from 'node:crypto';

/**
 * A row of the orders table of examples/products/sales-orders.yaml, as a pipeline writes it; a null `status` breaks
 * the contract (the field is required), which is how tests make quality raise an alert.
 */
export function orderRow(status: string | null, at = new Date().toISOString()): Record<string, string | null> {
  return {
    order_id: randomUUID(),
    customer_id: randomUUID(),
    channel: 'web',
    status,
    currency: 'EUR',
    total_amount: '42.50',
    ordered_at: at,
    updated_at: at,
  };
}
