// Where the api service lives: the compose file sets API_URL=http://api:8080.
const apiUrl = process.env.API_URL || 'http://localhost:8080';

// Fetch the order list from the api; the page still renders when the api is down.
export async function fetchOrders(timeoutMs = 1500) {
  try {
    const res = await fetch(`${apiUrl}/orders`, { signal: AbortSignal.timeout(timeoutMs) });
    if (!res.ok) {
      return { orders: [], error: `api answered ${res.status}` };
    }
    return { orders: await res.json(), error: null };
  } catch (err) {
    return { orders: [], error: `api unreachable (${err.name})` };
  }
}
