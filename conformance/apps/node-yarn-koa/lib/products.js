exports.products = [
  { id: 'p1', name: 'Kettle', cents: 2999 },
  { id: 'p2', name: 'Teapot', cents: 1999 },
];
