import Head from 'next/head';
import { fetchOrders } from '../lib/orders';

export async function getServerSideProps() {
  const { orders, error } = await fetchOrders();
  return { props: { orders, error } };
}

export default function Home({ orders, error }) {
  return (
    <>
      <Head>
        <title>Orders dashboard</title>
      </Head>
      <main>
        <h1>Orders dashboard</h1>
        {error ? (
          <p role="status">No orders to show: {error}.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>#</th>
                <th>Item</th>
                <th>Quantity</th>
              </tr>
            </thead>
            <tbody>
              {orders.map((order) => (
                <tr key={order.id}>
                  <td>{order.id}</td>
                  <td>{order.item}</td>
                  <td>{order.quantity}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </main>
    </>
  );
}
