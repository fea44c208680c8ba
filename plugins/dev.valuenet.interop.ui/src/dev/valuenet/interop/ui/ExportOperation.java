package dev.valuenet.interop.ui;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.operation.IRunnableWithProgress;

import com.google.inject.Injector;

import dev.valuenet.dsl.io.AtomicFileWriter;
import dev.valuenet.dsl.load.ModelSession;
import dev.valuenet.dsl.load.Problem;
import dev.valuenet.interop.NetworkExport;
import dev.valuenet.interop.PartnerView;
import dev.valuenet.model.AbstractNetwork;

/**
 * One export as {@code valuenet export} makes it: the model of a file (the file and its folder's
 * other .vnet files), one network or scenario, one format, whole or as a partner sees it. Every file
 * is made in memory first, so a cancel or a failure writes nothing.
 */
public final class ExportOperation implements IRunnableWithProgress {

	/**
	 * What to export.
	 *
	 * @param model   a .vnet file of the model
	 * @param network the network or scenario (null or blank: the file's first)
	 * @param format  a name of {@link NetworkExport#formatNames()}
	 * @param partner the partner whose view is exported, or null for everything
	 * @param metrics add actor metrics (table formats; never in a partner view)
	 * @param target  the file to write (formats of several files write siblings)
	 */
	public record Request(Path model, String network, String format, String partner, boolean metrics, Path target) {
	}

	private final Injector injector;
	private final Request request;
	private final List<Path> written = new ArrayList<>();

	public ExportOperation(Injector injector, Request request) {
		this.injector = injector;
		this.request = request;
	}

	/** The files written, after {@link #run}. */
	public List<Path> written() {
		return List.copyOf(written);
	}

	@Override
	public void run(IProgressMonitor monitor) throws InvocationTargetException, InterruptedException {
		SubMonitor progress = SubMonitor.convert(monitor, "Exporting " + request.model().getFileName(), 3);
		try (ModelSession session = ModelSession.of(injector)) {
			progress.subTask("Reading the model");
			session.open(request.model(), List.of(), Map.of());
			List<Problem> errors = session.errors(request.model());
			if (!errors.isEmpty()) {
				throw new RequestException(errors.get(0) + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more errors)" : "")
						+ ": fix the model first");
			}
			if (session.document(request.model()) == null || session.document(request.model()).getNetworks().isEmpty()) {
				throw new RequestException(request.model() + " declares no network or scenario");
			}
			progress.worked(1);
			cancelled(progress);
			AbstractNetwork network = session.network(request.network());
			PartnerView view = request.partner() == null || request.partner().isBlank() ? null : PartnerView.of(network, request.partner());
			progress.subTask("Making " + request.format());
			Map<Path, byte[]> files = NetworkExport.files(session.document(request.model()), network, request.format(), request.metrics(), view,
					request.target());
			progress.worked(1);
			cancelled(progress);
			progress.subTask("Writing");
			for (Map.Entry<Path, byte[]> file : files.entrySet()) {
				AtomicFileWriter.write(file.getKey(), file.getValue());
				written.add(file.getKey());
			}
			progress.worked(1);
		} catch (IllegalArgumentException e) {
			// unknown network, partner or format: the message says what exists
			throw new InvocationTargetException(new RequestException(e.getMessage()));
		} catch (RequestException | IOException e) {
			throw new InvocationTargetException(e);
		}
	}

	static void cancelled(IProgressMonitor monitor) throws InterruptedException {
		if (monitor.isCanceled()) {
			throw new InterruptedException("cancelled");
		}
	}

}
