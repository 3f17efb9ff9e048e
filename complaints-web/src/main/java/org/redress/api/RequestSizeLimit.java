package org.redress.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.redress.api.problem.PayloadTooLargeException;

/**
 * Refuses request bodies larger than {@value #MAX_BYTES} bytes with 413 before anything is read or
 * stored: by the declared length when there is one, and by counting otherwise (chunked bodies). The
 * largest legitimate complaint is far smaller. CSV files for a bulk import ({@code POST /imports})
 * may be up to {@value #MAX_IMPORT_BYTES} bytes.
 */
@Provider
@PreMatching
public class RequestSizeLimit implements ContainerRequestFilter {

  static final int MAX_BYTES = 256 * 1024;
  static final int MAX_IMPORT_BYTES = 20 * 1024 * 1024;

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    int limit =
        path.equals("imports") || path.equals("/imports") || path.equals("imports/")
            ? MAX_IMPORT_BYTES
            : MAX_BYTES;
    String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    if (length != null) {
      try {
        if (Long.parseLong(length.strip()) > limit) {
          throw new PayloadTooLargeException(limit);
        }
      } catch (NumberFormatException ignored) {
        // The container rejects a malformed length itself.
      }
    }
    if (request.hasEntity()) {
      request.setEntityStream(new LimitedStream(request.getEntityStream(), limit));
    }
  }

  private static final class LimitedStream extends FilterInputStream {
    private final int limit;
    private long count;

    LimitedStream(InputStream in, int limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      count += n;
      if (count > limit) {
        throw new PayloadTooLargeException(limit);
      }
    }
  }
}
