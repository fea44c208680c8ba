package dev.valuenet.interop.ui;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.operation.IRunnableWithProgress;

import dev.valuenet.dsl.io.AtomicFileWriter;
import dev.valuenet.interop.BadInputException;
import dev.valuenet.interop.Formats;
import dev.valuenet.interop.NetworkTables;
import dev.valuenet.interop.records.RecordAggregate;
import dev.valuenet.interop.records.RecordFiles;
import dev.valuenet.interop.RecordImport;
import dev.valuenet.interop.TableFormat;
import dev.valuenet.interop.VnetText;

/**
 * One import as {@code valuenet import} makes it: interaction records aggregated into flows (into a
 * new model, or updating an existing one; also the aggregate the Spark job writes), or a table export (GraphML, GEXF, Kumu, CSV, XLSX) as a
 * new model. The .vnet text is made in memory and written once at the end, so Cancel (honoured
 * while records stream in) or a bad record leaves the target as it was.
 */
public final class ImportOperation implements IRunnableWithProgress {

	/**
	 * What to import.
	 *
	 * @param source         the file read
	 * @param format         a table format's name, "records", or null to tell by the file
	 * @param aliases        a file of "spelling = name" lines, or null (records)
	 * @param rates          a file of "USD = 0.92 EUR" lines, or null (records)
	 * @param period         the period counted, e.g. 2024 or 2024-01..2024-06, or null (records)
	 * @param currency       the network currency, or null for the rates' target, else EUR (records)
	 * @param keepDuplicates keep exact duplicate records (records)
	 * @param target         the .vnet file written
	 * @param replace        replace {@code target} if it exists (table formats; records update it)
	 */
	public record Request(Path source, String format, Path aliases, Path rates, String period, String currency, boolean keepDuplicates,
			Path target, boolean replace) {
	}

	private final Request request;
	private String report = "";

	public ImportOperation(Request request) {
		this.request = request;
	}

	/** What was imported, merged, dropped or skipped, after {@link #run}. */
	public String report() {
		return report;
	}

	/** Whether the request's source is read as interaction records. */
	public static boolean isRecords(Request request) {
		return RecordImport.isRecords(request.source(), request.format());
	}

	@Override
	public void run(IProgressMonitor monitor) throws InvocationTargetException, InterruptedException {
		try {
			if (!Files.isRegularFile(request.source())) {
				throw new RequestException("no such file: " + request.source());
			}
			if (!request.target().getFileName().toString().endsWith(".vnet")) {
				throw new RequestException("the model to write must be a .vnet file, not " + request.target().getFileName());
			}
			if (RecordAggregate.isAggregate(request.source())) {
				aggregate(monitor);
			} else if (isRecords(request)) {
				records(monitor);
			} else {
				table(monitor);
			}
		} catch (OperationCanceledException e) {
			throw new InterruptedException("cancelled");
		} catch (BadInputException | RequestException e) {
			throw new InvocationTargetException(e instanceof BadInputException ? new RequestException(e.getMessage()) : e);
		} catch (IllegalArgumentException e) {
			// a period or rate spelled wrongly: the message says what is expected
			throw new InvocationTargetException(new RequestException(e.getMessage()));
		} catch (IOException e) {
			throw new InvocationTargetException(e);
		}
	}

	private void table(IProgressMonitor monitor) throws IOException, RequestException {
		SubMonitor progress = SubMonitor.convert(monitor, "Importing " + request.source().getFileName(), 2);
		if (Files.exists(request.target()) && !request.replace()) {
			throw new RequestException(request.target().getFileName() + " exists; choose a new name or replace it");
		}
		TableFormat format = request.format() != null ? Formats.named(request.format()) : Formats.of(request.source());
		if (format == null || !format.reads()) {
			throw new RequestException("cannot import " + request.source().getFileName() + ": give a .graphml, .gexf, .kumu.json, Kumu or table"
					+ " .csv, .xlsx file, or interaction records (.csv, .jsonl)");
		}
		NetworkTables tables = format.read(request.source());
		progress.worked(1);
		if (progress.isCanceled()) {
			throw new OperationCanceledException();
		}
		VnetText.Result result = VnetText.of(tables, request.target());
		AtomicFileWriter.write(request.target(), result.text().getBytes(StandardCharsets.UTF_8));
		progress.worked(1);
		StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s: %d actors and %d flows written to %s%n", request.source(),
				tables.actors().size(), tables.flows().size(), request.target().getFileName()));
		result.notes().forEach(note -> text.append(note).append('\n'));
		report = text.toString();
	}

	/** The aggregate a Spark job wrote (spark/): the model the records themselves would have given. */
	private void aggregate(IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, "Importing the aggregate " + request.source().getFileName(), 2);
		RecordAggregate aggregate = RecordAggregate.read(request.source());
		RecordImport.Result result = RecordImport.of(aggregate);
		progress.worked(1);
		write(result, Path.of(aggregate.source()), progress);
	}

	private void records(IProgressMonitor monitor) throws IOException {
		RecordFiles.Rates rates = RecordFiles.rates(request.rates());
		String asked = request.currency() == null || request.currency().isBlank() ? null : request.currency().trim();
		long size = Math.max(1, Files.size(request.source()));
		// the bar counts bytes read, in thousandths: records are streamed, their number is unknown ahead
		SubMonitor progress = SubMonitor.convert(monitor, "Importing records of " + request.source().getFileName(), 1_010);
		long start = System.nanoTime();
		int[] shown = { 0 };
		RecordImport.Options options = new RecordImport.Options(Map.of(), RecordFiles.aliases(request.aliases()),
				RecordFiles.currency(asked, rates), rates.rates(),
				request.period() == null || request.period().isBlank() ? null : RecordFiles.period(request.period().trim()),
				RecordImport.networkName(request.target()), !request.keepDuplicates(), read -> {
					if (progress.isCanceled()) {
						throw new OperationCanceledException();
					}
					int done = (int) (1_000 * Math.min(read[1], size) / size);
					if (done > shown[0]) {
						progress.worked(done - shown[0]);
						shown[0] = done;
						double seconds = (System.nanoTime() - start) / 1e9;
						progress.subTask(String.format(Locale.ROOT, "%,d records, %,.0f records/s", read[0], read[0] / Math.max(seconds, 1e-9)));
					}
				});
		RecordImport.Result result = RecordImport.read(request.source(), options);
		progress.setWorkRemaining(1);
		write(result, request.source(), progress);
	}

	/** Writes the model of aggregated records (a new one, or the target updated) and keeps the report. */
	private void write(RecordImport.Result result, Path source, SubMonitor progress) throws IOException {
		progress.subTask("Writing " + request.target().getFileName());
		boolean updated = Files.exists(request.target());
		String text = RecordImport.model(result, request.target());
		if (progress.isCanceled()) {
			throw new OperationCanceledException();
		}
		AtomicFileWriter.write(request.target(), text.getBytes(StandardCharsets.UTF_8));
		progress.worked(1);
		report = (updated ? "Updated " : "Wrote ") + request.target().getFileName() + "\n" + RecordImport.report(source, result);
	}
}
