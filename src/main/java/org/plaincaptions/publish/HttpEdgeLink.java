package org.plaincaptions.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** nchan's publisher interface over HTTP/1.1 with the JDK's client: POST, DELETE and GET of a channel URL. */
final class HttpEdgeLink implements EdgeLink, AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CONNECT = Duration.ofSeconds(3);
    private static final Duration ANSWER = Duration.ofSeconds(5);

    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "edge-http");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT).followRedirects(HttpClient.Redirect.NEVER).executor(threads).build();

    @Override
    public int post(URI channel, String json) throws EdgeException {
        HttpResponse<String> answer = send(request(channel)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
        int status = answer.statusCode();
        if (status / 100 == 2) {
            return messages(answer.body());
        }
        if (status == 413) {
            throw new EdgeException("the edge refused a message as too large (413)", true);
        }
        throw refused(status);
    }

    @Override
    public void delete(URI channel) throws EdgeException {
        int status = send(request(channel).DELETE().build()).statusCode();
        if (status / 100 != 2 && status != 404) {
            throw refused(status);
        }
    }

    @Override
    public int held(URI channel) throws EdgeException {
        HttpResponse<String> answer = send(request(channel).GET().build());
        int status = answer.statusCode();
        if (status == 404) {
            return 0;
        }
        if (status / 100 != 2) {
            throw refused(status);
        }
        return messages(answer.body());
    }

    private static HttpRequest.Builder request(URI channel) {
        return HttpRequest.newBuilder(channel).timeout(ANSWER).header("Accept", "application/json");
    }

    private HttpResponse<String> send(HttpRequest request) throws EdgeException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw new EdgeException("no answer to connecting in " + CONNECT.toSeconds() + " s", false);
        } catch (HttpTimeoutException e) {
            throw new EdgeException("no answer in " + ANSWER.toSeconds() + " s", false);
        } catch (ConnectException e) {
            throw new EdgeException("connection refused", false);
        } catch (IOException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new EdgeException(cause instanceof UnknownHostException ? "no such server"
                    : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EdgeException("stopped", false);
        }
    }

    /** nchan's channel information, {@code {"messages": 3, ...}}; -1 when the answer is something else. */
    private static int messages(String body) {
        try {
            JsonNode info = JSON.readTree(body);
            return info != null && info.path("messages").isInt() ? info.path("messages").asInt() : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static EdgeException refused(int status) {
        return new EdgeException(switch (status) {
            case 401, 403 -> "the edge refused this computer (" + status + "): its publisher location must allow"
                    + " this computer's address";
            case 404 -> "no publisher at this address (404): check the URL against the edge's configuration";
            default -> "the edge answered " + status;
        }, false);
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
