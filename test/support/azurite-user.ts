/**
 * A command-line process using the shared embedded Azurite (see src/store/shared-azurite.ts), for
 * the tests: it joins, writes to a table every 100 ms for `holdMs`, then leaves.
 * Usage: tsx test/support/azurite-user.ts <location> <tablePort> <blobPort> <holdMs>
 */
import { TableClient } from '@azure/data-tables';
import { useSharedAzurite } from '../../src/store/shared-azurite';

async function main(): Promise<void> {
  const [location, tablePort, blobPort, holdMs] = process.argv.slice(2);
  const azurite = await useSharedAzurite({
    location: location!,
    tablePort: Number(tablePort),
    blobPort: Number(blobPort),
  });
  process.stdout.write('ready\n');
  const table = TableClient.fromConnectionString(azurite.connectionString, 'shared', {
    allowInsecureConnection: true,
  });
  await table.createTable();
  const until = Date.now() + Number(holdMs);
  for (let n = 0; Date.now() < until; n++) {
    await table.upsertEntity({ partitionKey: String(process.pid), rowKey: String(n) });
    await new Promise((r) => setTimeout(r, 100));
  }
  await azurite.stop();
  process.stdout.write('done\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
