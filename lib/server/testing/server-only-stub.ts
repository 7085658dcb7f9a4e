// Vitest stand-in for the 'server-only' marker package (it only guards client bundles).
export {};
