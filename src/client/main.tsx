import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.css';

/** Placeholder until the console lands (issue: Admin console I). The API is fully usable with curl or an SDK. */
function App() {
  return (
    <main className="mx-auto max-w-2xl p-10 font-sans text-slate-800">
      <h1 className="text-2xl font-semibold">Mailroom</h1>
      <p className="mt-3 text-slate-600">
        The Okta-compatible API is running. The admin console is on its way; meanwhile use the API with the
        bootstrap token printed at first start (also in <code>DATA_DIR/admin-token</code>).
      </p>
      <pre className="mt-6 rounded bg-slate-100 p-4 text-sm">
        curl -H "Authorization: SSWS $TOKEN" {window.location.origin}/api/v1/email-servers
      </pre>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
