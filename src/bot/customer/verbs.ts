/** The verbs of the customer card's buttons (the day's card opens it with `open`). */
export const CUSTOMER_VERBS = {
  open: 'customer.open',
  refresh: 'customer.refresh',
  call: 'customer.call',
  promise: 'customer.promise',
  dispute: 'customer.dispute',
  lift: 'customer.lift',
  postpone: 'customer.postpone',
  plan: 'customer.plan',
  paid: 'customer.paid',
  accept: 'customer.accept',
  undo: 'customer.undo',
  email: 'customer.email',
  insolvency: 'customer.insolvency',
  declarationSent: 'customer.declaration_sent',
  claimDeclaration: 'customer.claim_declaration',
  /** Another name for the customer, confirmed from the chat (« alias SGH pour … »). */
  alias: 'customer.alias',
} as const;
