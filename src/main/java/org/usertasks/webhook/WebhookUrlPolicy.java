package org.usertasks.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Which URLs a webhook may call: http or https only, and not the service's own network
 * (loopback, link-local, private or unspecified addresses), unless the configuration
 * allows it. Checked when a webhook is saved and again before each delivery, as a host's
 * address can change.
 */
@Component
class WebhookUrlPolicy {

	private final WebhookProperties properties;

	WebhookUrlPolicy(WebhookProperties properties) {
		this.properties = properties;
	}

	/** Why the URL may not be called, or null when it may. */
	@Nullable String refusal(String url) {
		URI uri;
		try {
			uri = URI.create(url);
		}
		catch (IllegalArgumentException ex) {
			return "is not a valid URL";
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("http") && !scheme.equals("https")) {
			return "must be an http or https URL";
		}
		String host = uri.getHost();
		if (host == null || host.isBlank()) {
			return "must name a host";
		}
		if (this.properties.allowPrivateNetworks()
				|| this.properties.allowedHosts().stream().anyMatch(host::equalsIgnoreCase)) {
			return null;
		}
		try {
			for (InetAddress address : InetAddress.getAllByName(host)) {
				if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
						|| address.isAnyLocalAddress() || address.isMulticastAddress() || isUniqueLocal(address)) {
					return "points at a private, loopback or link-local address (" + address.getHostAddress()
							+ "), which webhooks may not call";
				}
			}
		}
		catch (UnknownHostException ex) {
			return "names a host that does not resolve: " + host;
		}
		return null;
	}

	/**
	 * IPv6 unique local addresses (fc00::/7), which Java does not count as site-local.
	 */
	private static boolean isUniqueLocal(InetAddress address) {
		byte[] bytes = address.getAddress();
		return bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
	}

}
