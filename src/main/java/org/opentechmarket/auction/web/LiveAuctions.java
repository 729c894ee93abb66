package org.opentechmarket.auction.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.opentechmarket.auction.AuctionStatus;
import org.opentechmarket.auction.domain.Auction;
import org.opentechmarket.auction.domain.AuctionProperties;
import org.opentechmarket.auction.domain.AuctionRecords;
import org.opentechmarket.auction.domain.AuctionUpdates;
import org.opentechmarket.auction.domain.Bid;
import org.opentechmarket.auction.domain.BidLog;
import org.opentechmarket.auction.domain.BidderRegistrations;
import org.opentechmarket.auction.domain.Registration;
import org.opentechmarket.auction.domain.Times;
import org.opentechmarket.platform.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live auction pages' server-sent events, one channel per auction watched on this instance.
 * <p>
 * <b>Feeding.</b> A bid committed on this instance is handed over right after its commit ({@link #bidsAccepted}); bids
 * committed by other instances are found by polling the database every {@code poll-interval} (one query for all watched
 * auctions: their bid count, status and end), and the missing bids are read from the log. Sequence numbers are gapless, so a
 * channel always knows what it has not sent yet and sends every bid exactly once, in order, however it learnt of it.
 * <p>
 * <b>Sending.</b> Bids that arrive while a channel is sending are sent together in the next event (a hot auction does not
 * flood watchers with one event per bid). Each event is serialised once and written to the watchers by a few sender threads,
 * each watcher always by the same one (so its events stay in order). Every event carries the server time, from which the
 * page sets its countdown; with nothing else to say, a ping carries it every {@code heartbeat}.
 */
@Component
public class LiveAuctions implements AuctionUpdates {

	private static final Logger log = LoggerFactory.getLogger(LiveAuctions.class);
	/** Bids a new watcher gets at once. */
	static final int RECENT = 20;
	private static final long EMITTER_TIMEOUT_MS = Duration.ofMinutes(30).toMillis();

	/** One watcher: its connection and, when signed in and registered, its organisation's bidder number. */
	static final class Watcher {
		final SseEmitter emitter;
		final String bidderNumber;
		final int shard;
		volatile boolean gone;

		Watcher(SseEmitter emitter, String bidderNumber, int shard) {
			this.emitter = emitter;
			this.bidderNumber = bidderNumber;
			this.shard = shard;
		}
	}

	private final class Channel {
		final long auctionId;
		final Object lock = new Object();
		final Set<Watcher> watchers = ConcurrentHashMap.newKeySet();
		final AtomicBoolean scheduled = new AtomicBoolean();
		// guarded by lock
		boolean loaded;
		boolean removed;
		int lastSent;
		AuctionStatus status;
		Map<String, Object> state = Map.of();
		final Deque<Map<String, Object>> recent = new ArrayDeque<>();
		final TreeMap<Integer, Bid> incoming = new TreeMap<>();
		Auction latest;
		boolean dirty;
		Map<Long, String> numbers = new ConcurrentHashMap<>();

		Channel(long auctionId) {
			this.auctionId = auctionId;
		}
	}

	private final Map<Long, Channel> channels = new ConcurrentHashMap<>();
	private final AuctionRecords auctions;
	private final BidLog bids;
	private final BidderRegistrations registrations;
	private final JsonMapper json;
	private final Clock clock;
	private final AuctionProperties rules;
	private final ExecutorService dispatch;
	private final ExecutorService[] senders;
	private final AtomicInteger nextShard = new AtomicInteger();
	private volatile ScheduledExecutorService timer;

	public LiveAuctions(AuctionRecords auctions, BidLog bids, BidderRegistrations registrations, JsonMapper json, Clock clock,
			AuctionProperties rules) {
		this.auctions = auctions;
		this.bids = bids;
		this.registrations = registrations;
		this.json = json;
		this.clock = clock;
		this.rules = rules;
		this.dispatch = Executors.newFixedThreadPool(2, daemon("auction-live-dispatch"));
		int shards = Math.max(2, Runtime.getRuntime().availableProcessors());
		this.senders = new ExecutorService[shards];
		for (int i = 0; i < shards; i++) {
			senders[i] = Executors.newSingleThreadExecutor(daemon("auction-live-send-" + i));
		}
	}

	// ------------------------------------------------------------------ watchers

	/** A new watcher of an auction: it gets the current state and the latest bids at once, then every change. */
	public SseEmitter watch(long auctionId, Registration own) {
		startTimer();
		SseEmitter emitter = new SseEmitter(EMITTER_TIMEOUT_MS);
		Watcher watcher = new Watcher(emitter, own == null ? null : own.bidderNumber(),
				Math.floorMod(nextShard.getAndIncrement(), senders.length));
		while (true) {
			Channel channel = channels.computeIfAbsent(auctionId, Channel::new);
			synchronized (channel.lock) {
				if (channel.removed) {
					continue;
				}
				if (!channel.loaded) {
					load(channel);
				}
				channel.watchers.add(watcher);
				Map<String, Object> snapshot = new LinkedHashMap<>(channel.state);
				snapshot.put("reset", true);
				snapshot.put("bids", List.copyOf(channel.recent));
				snapshot.put("you", watcher.bidderNumber);
				snapshot.put("serverTime", Times.iso(clock.instant()));
				String payload = json.writeValueAsString(snapshot);
				send(List.of(watcher), "state", channel.lastSent, payload);
			}
			break;
		}
		Runnable leave = () -> {
			watcher.gone = true;
			Channel channel = channels.get(auctionId);
			if (channel != null) {
				channel.watchers.remove(watcher);
			}
		};
		emitter.onCompletion(leave);
		emitter.onTimeout(leave);
		emitter.onError(e -> leave.run());
		return emitter;
	}

	/** How many watchers this instance serves (all auctions). */
	public int watchers() {
		return channels.values().stream().mapToInt(c -> c.watchers.size()).sum();
	}

	/** Reads the channel's starting point from the database (under its lock). */
	private void load(Channel channel) {
		Auction auction = auctions.find(channel.auctionId).orElseThrow();
		List<Bid> latest = new ArrayList<>(bids.latest(channel.auctionId, RECENT));
		java.util.Collections.reverse(latest);
		channel.recent.clear();
		latest.forEach(b -> remember(channel, b));
		channel.lastSent = auction.bidCount();
		channel.status = auction.status();
		channel.latest = auction;
		channel.state = state(channel, auction);
		channel.loaded = true;
	}

	// ------------------------------------------------------------------ feeding

	@Override
	public void bidsAccepted(Auction after, List<Bid> accepted, Long leaderBefore) {
		Channel channel = channels.get(after.id());
		if (channel == null) {
			return;
		}
		synchronized (channel.lock) {
			for (Bid b : accepted) {
				if (b.sequence() > channel.lastSent) {
					channel.incoming.put(b.sequence(), b);
				}
			}
			if (channel.latest == null || after.bidCount() > channel.latest.bidCount()) {
				channel.latest = after;
			}
		}
		wake(channel);
	}

	@Override
	public void closed(Auction after) {
		Channel channel = channels.get(after.id());
		if (channel == null) {
			return;
		}
		synchronized (channel.lock) {
			channel.dirty = true;
		}
		wake(channel);
	}

	private void wake(Channel channel) {
		if (channel.scheduled.compareAndSet(false, true)) {
			dispatch.execute(() -> drain(channel));
		}
	}

	/** Sends what the channel has not sent yet, until nothing is left; one drain per channel at a time. */
	private void drain(Channel channel) {
		try {
			boolean more = true;
			while (more) {
				more = step(channel);
			}
		}
		catch (RuntimeException e) {
			log.warn("Live auction {}: {}", channel.auctionId, e.toString());
		}
		finally {
			channel.scheduled.set(false);
		}
		boolean pending;
		synchronized (channel.lock) {
			pending = !channel.incoming.isEmpty() || channel.dirty;
		}
		if (pending) {
			wake(channel);
		}
	}

	/** One event's worth of news. @return whether there may be more */
	private boolean step(Channel channel) {
		List<Bid> fresh = new ArrayList<>();
		Auction state;
		boolean fromDatabase;
		synchronized (channel.lock) {
			if (!channel.loaded || channel.removed) {
				channel.incoming.clear();
				channel.dirty = false;
				return false;
			}
			int next = channel.lastSent + 1;
			while (channel.incoming.containsKey(next)) {
				fresh.add(channel.incoming.remove(next));
				next++;
			}
			channel.incoming.headMap(channel.lastSent + 1).clear();
			boolean gap = !channel.incoming.isEmpty();
			fromDatabase = gap || channel.dirty || (fresh.isEmpty() && channel.latest != null
					&& channel.latest.bidCount() > channel.lastSent);
			state = channel.latest;
			channel.dirty = false;
			if (!fromDatabase && fresh.isEmpty()) {
				return false;
			}
		}
		if (fromDatabase) {
			// another instance's bids, a gap, or a close: the database is the truth
			state = auctions.find(channel.auctionId).orElse(null);
			if (state == null) {
				return false;
			}
			int from;
			synchronized (channel.lock) {
				from = channel.lastSent;
			}
			fresh = bids.after(channel.auctionId, from, 500);
		}
		publish(channel, fresh, state);
		return fromDatabase && fresh.size() == 500;
	}

	/** Under the channel's lock: advance its state and queue the event for every watcher (and the personal notices). */
	private void publish(Channel channel, List<Bid> fresh, Auction auction) {
		synchronized (channel.lock) {
			List<Bid> news = fresh.stream().filter(b -> b.sequence() > channel.lastSent).toList();
			if (!news.isEmpty() && news.get(0).sequence() != channel.lastSent + 1) {
				channel.dirty = true; // still a gap: read the database next time
				return;
			}
			String leaderBefore = channel.recent.isEmpty() ? null : (String) channel.recent.peekLast().get("bidder");
			Set<String> outbid = new HashSet<>();
			String previous = leaderBefore;
			for (Bid b : news) {
				if (previous != null && !previous.equals(b.bidderNumber())) {
					outbid.add(previous);
				}
				previous = b.bidderNumber();
			}
			Instant previousEnd = channel.state.isEmpty() ? null : parse((String) channel.state.get("endsAt"));
			news.forEach(b -> remember(channel, b));
			if (!news.isEmpty()) {
				channel.lastSent = news.get(news.size() - 1).sequence();
			}
			// the state matching what was sent: the auction as read, unless it already has bids not sent yet
			Auction shown = auction.bidCount() == channel.lastSent ? auction : null;
			boolean statusChanged = shown != null && shown.status() != channel.status;
			if (news.isEmpty() && !statusChanged) {
				return;
			}
			if (shown != null) {
				channel.state = state(channel, shown);
				channel.status = shown.status();
			}
			else if (!news.isEmpty()) {
				channel.state = partialState(channel, news.get(news.size() - 1));
			}
			Map<String, Object> event = new LinkedHashMap<>(channel.state);
			event.put("reset", false);
			event.put("bids", news.stream().map(LiveAuctions::bid).toList());
			Instant newEnd = parse((String) event.get("endsAt"));
			if (previousEnd != null && newEnd != null && newEnd.isAfter(previousEnd)) {
				event.put("extendedFrom", Times.iso(previousEnd));
			}
			event.put("serverTime", Times.iso(clock.instant()));
			List<Watcher> all = List.copyOf(channel.watchers);
			send(all, "state", channel.lastSent, json.writeValueAsString(event));
			String leader = (String) channel.state.get("leader");
			outbid.remove(leader);
			if (!outbid.isEmpty()) {
				String notice = json.writeValueAsString(Map.of("kind", "outbid", "price", event.get("currentPrice"), "by",
						leader == null ? "" : leader, "serverTime", event.get("serverTime")));
				send(all.stream().filter(w -> w.bidderNumber != null && outbid.contains(w.bidderNumber)).toList(), "notice",
						channel.lastSent, notice);
			}
			if (statusChanged && shown.status() == AuctionStatus.SOLD) {
				String winner = (String) channel.state.get("winner");
				String won = json.writeValueAsString(Map.of("kind", "won", "price", Money.text(shown.hammerPrice()),
						"serverTime", event.get("serverTime")));
				send(all.stream().filter(w -> w.bidderNumber != null && w.bidderNumber.equals(winner)).toList(), "notice",
						channel.lastSent, won);
			}
		}
	}

	private void remember(Channel channel, Bid b) {
		channel.recent.addLast(bid(b));
		while (channel.recent.size() > RECENT) {
			channel.recent.removeFirst();
		}
	}

	static Map<String, Object> bid(Bid b) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("sequence", b.sequence());
		m.put("amount", Money.text(b.amount()));
		m.put("bidder", b.bidderNumber());
		m.put("placedAt", Times.iso(b.placedAt()));
		return m;
	}

	/** The public state of an auction as the live page shows it (never the reserve itself). */
	private Map<String, Object> state(Channel channel, Auction a) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("status", a.status().name());
		m.put("currentPrice", Money.text(a.currentPrice()));
		m.put("minimumBid", Money.text(a.minimumBid()));
		m.put("startsAt", Times.iso(a.startsAt()));
		m.put("endsAt", Times.iso(a.endsAt()));
		m.put("bidCount", a.bidCount());
		m.put("extensions", a.extensions());
		m.put("leader", a.leaderRegistrationId() == null ? null : number(channel, a.leaderRegistrationId()));
		if (a.status().isClosed()) {
			m.put("hammerPrice", Money.text(a.hammerPrice()));
			m.put("winner", a.winnerRegistrationId() == null ? null : number(channel, a.winnerRegistrationId()));
			m.put("reserveMet", a.status() == AuctionStatus.SOLD);
		}
		return m;
	}

	/** The state after bids whose auction row this instance has not read yet (another instance's bids, more to come). */
	private Map<String, Object> partialState(Channel channel, Bid last) {
		Map<String, Object> m = new LinkedHashMap<>(channel.state);
		m.put("status", AuctionStatus.OPEN.name());
		m.put("currentPrice", Money.text(last.amount()));
		Auction a = channel.latest;
		if (a != null) {
			m.put("minimumBid", Money.text(last.amount().add(a.increment())));
		}
		m.put("endsAt", Times.iso(last.endsAtAfter()));
		m.put("bidCount", last.sequence());
		m.put("leader", last.bidderNumber());
		return m;
	}

	private String number(Channel channel, long registrationId) {
		return channel.numbers.computeIfAbsent(registrationId,
				id -> registrations.find(id).map(Registration::bidderNumber).orElse("?"));
	}

	private static Instant parse(String iso) {
		return iso == null ? null : Instant.parse(iso);
	}

	// ------------------------------------------------------------------ sending

	private void send(List<Watcher> watchers, String name, int id, String payload) {
		if (watchers.isEmpty()) {
			return;
		}
		@SuppressWarnings("unchecked")
		List<Watcher>[] byShard = new List[senders.length];
		for (Watcher w : watchers) {
			if (byShard[w.shard] == null) {
				byShard[w.shard] = new ArrayList<>();
			}
			byShard[w.shard].add(w);
		}
		for (int i = 0; i < senders.length; i++) {
			List<Watcher> part = byShard[i];
			if (part != null) {
				senders[i].execute(() -> {
					for (Watcher w : part) {
						if (w.gone) {
							continue;
						}
						try {
							w.emitter.send(SseEmitter.event().name(name).id(String.valueOf(id)).data(payload));
						}
						catch (IOException | IllegalStateException e) {
							// the watcher went away: the container completes the request itself (completing it from here
							// as well would race the container's own error handling)
							w.gone = true;
						}
					}
				});
			}
		}
	}

	// ------------------------------------------------------------------ timer: heartbeat and polling

	private void startTimer() {
		if (timer == null) {
			synchronized (this) {
				if (timer == null) {
					ScheduledExecutorService t = Executors.newSingleThreadScheduledExecutor(daemon("auction-live-timer"));
					t.scheduleWithFixedDelay(this::poll, rules.pollInterval().toMillis(), rules.pollInterval().toMillis(),
							TimeUnit.MILLISECONDS);
					t.scheduleWithFixedDelay(this::heartbeat, rules.heartbeat().toMillis(), rules.heartbeat().toMillis(),
							TimeUnit.MILLISECONDS);
					timer = t;
				}
			}
		}
	}

	/** Finds what other instances committed (or closed) on the auctions watched here. */
	void poll() {
		try {
			if (channels.isEmpty()) {
				return;
			}
			for (AuctionRecords.Pulse p : auctions.pulses(List.copyOf(channels.keySet()))) {
				Channel channel = channels.get(p.id());
				if (channel == null) {
					continue;
				}
				boolean behind;
				synchronized (channel.lock) {
					behind = channel.loaded && (p.bidCount() > channel.lastSent || p.status() != channel.status);
					if (behind) {
						channel.dirty = true;
					}
				}
				if (behind) {
					wake(channel);
				}
			}
		}
		catch (RuntimeException e) {
			log.debug("Live auction poll failed: {}", e.toString());
		}
	}

	/** The server time to every watcher; channels nobody watches any more are dropped. */
	void heartbeat() {
		try {
			String payload = json.writeValueAsString(Map.of("serverTime", Times.iso(clock.instant())));
			for (Channel channel : channels.values()) {
				synchronized (channel.lock) {
					channel.watchers.removeIf(w -> w.gone);
					if (channel.watchers.isEmpty()) {
						channel.removed = true;
						channels.remove(channel.auctionId, channel);
						continue;
					}
					send(List.copyOf(channel.watchers), "ping", channel.lastSent, payload);
				}
			}
		}
		catch (RuntimeException e) {
			log.debug("Live auction heartbeat failed: {}", e.toString());
		}
	}

	private static java.util.concurrent.ThreadFactory daemon(String name) {
		AtomicInteger n = new AtomicInteger();
		return r -> {
			Thread t = new Thread(r, name + (name.endsWith("-timer") ? "" : "-" + n.incrementAndGet()));
			t.setDaemon(true);
			return t;
		};
	}

	/**
	 * Ends every stream when the application shuts down, before the web server's graceful shutdown would wait for them
	 * (browsers reconnect to another instance, or to this one after the restart).
	 */
	@org.springframework.context.event.EventListener(org.springframework.context.event.ContextClosedEvent.class)
	public void closing() {
		channels.values().forEach(c -> c.watchers.forEach(w -> {
			w.gone = true;
			try {
				w.emitter.complete();
			}
			catch (RuntimeException e) {
				// already gone
			}
		}));
	}

	@PreDestroy
	void stop() {
		if (timer != null) {
			timer.shutdownNow();
		}
		dispatch.shutdownNow();
		for (ExecutorService s : senders) {
			s.shutdownNow();
		}
		channels.values().forEach(c -> c.watchers.forEach(w -> w.emitter.complete()));
	}
}
