import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { signIn } from './platform/standalone';
import { SupportProvider } from './platform/SupportProvider';
import { SupportApp } from './SupportApp';

const root = createRoot(document.getElementById('root')!);
signIn().then(
  (options) => root.render(
    <StrictMode>
      <SupportProvider options={options}><SupportApp /></SupportProvider>
    </StrictMode>,
  ),
  (error) => {
    console.error(error);
    root.render(<p role="alert">Sign-in failed. <a href=".">Try again</a></p>);
  },
);
