// Integer cents only: floating point never touches an invoice total.
exports.total = (lines) => lines.reduce((sum, l) => sum + l.cents * l.qty, 0);
exports.format = (cents, currency = 'EUR') => `${(cents / 100).toFixed(2)} ${currency}`;
