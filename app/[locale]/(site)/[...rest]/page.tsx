import { notFound } from 'next/navigation';

// Any path no page matches: answer 404 with the localized not-found page.
export default function CatchAll() {
  notFound();
}
