package dev.techshift.server.safety;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Guards Fuseki's {@code /$/} area: status, ping, stats and validators stay open to reading;
 * everything else (dataset management, backup, compaction, tasks) needs an HTTP Basic login
 * by a user of the password file, or is refused when the server has none.
 * <pre>
 *   builder.addFilter("/$/*", new AdminGuard(Set.of("admin")));
 * </pre>
 */
public final class AdminGuard implements Filter {

    private static final List<String> OPEN = List.of("/$/ping", "/$/server", "/$/stats", "/$/validate/", "/$/metrics");

    private final Set<String> users;

    /** {@code users} empty: admin operations are refused to everyone. */
    public AdminGuard(Set<String> users) {
        this.users = users;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()) || "OPTIONS".equals(request.getMethod());
        if (read && OPEN.stream().anyMatch(path::startsWith)) {
            chain.doFilter(req, resp);
            return;
        }
        if (users.isEmpty()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "This server is read-only: start it with --auth-file to enable " + path + ".");
            return;
        }
        if (request.getRemoteUser() == null && !request.authenticate(response)) {
            return;
        }
        if (!users.contains(request.getRemoteUser())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "User " + request.getRemoteUser() + " may not use " + path + ".");
            return;
        }
        chain.doFilter(req, resp);
    }
}
