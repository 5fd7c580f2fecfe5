/** A progress bar on a terminal (stderr), nothing when output is redirected. */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr) {
  let last = 0;
  return {
    update(done: number, total: number) {
      if (!stream.isTTY || total === 0) return;
      const now = Date.now();
      if (done < total && now - last < 100) return;
      last = now;
      const width = 30;
      const filled = Math.round((done / total) * width);
      const percent = Math.floor((done / total) * 100);
      stream.write(
        `\r${label} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${percent} % (${done.toLocaleString('fr-FR')}/${total.toLocaleString('fr-FR')})`,
      );
    },
    done() {
      if (stream.isTTY && last > 0) stream.write('\n');
    },
  };
}
