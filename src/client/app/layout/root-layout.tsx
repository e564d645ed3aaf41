import { useEffect } from 'react';
import { Outlet, ScrollRestoration } from 'react-router';
import { ToastProvider, useToast } from '../../components/ui/toast';
import { setQueryErrorHandlers } from '../query-client';

function BackgroundErrorToasts() {
  const toast = useToast();
  useEffect(() => {
    setQueryErrorHandlers({
      onBackgroundError: (message) =>
        toast({ title: "Couldn't refresh", description: message, tone: 'error' }),
    });
  }, [toast]);
  return null;
}

export function RootLayout() {
  return (
    <ToastProvider>
      <BackgroundErrorToasts />
      <Outlet />
      <ScrollRestoration />
    </ToastProvider>
  );
}
