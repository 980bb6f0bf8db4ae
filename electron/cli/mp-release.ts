// Placeholder entry so the build has something to bundle; the CLI is being written.
console.error('mp-release: not implemented yet');
process.exit(2);
