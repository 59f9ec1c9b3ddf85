/*
 * Back Coach in the browser: type or speak to the coach, hear and read its replies, see where you are.
 *
 * Each line goes to POST console/api/say and comes back as parts: lines to show and say, and pauses to
 * wait out in real time (a rest or the time for a set shows as a big countdown). Sending or speaking
 * while the coach talks or counts down cuts the rest of that reply short, as talking over Alexa does.
 *
 * Options in the page address, for testing:
 *   ?speed=10  pauses pass ten times faster (1 is real time, the default; 0 does not wait at all)
 *   ?mute=1    start with the coach's voice off
 */
(() => {
  'use strict';

  const params = new URLSearchParams(window.location.search);
  const speed = (() => {
    const value = Number(params.get('speed') ?? '1');
    return Number.isFinite(value) && value >= 0 ? value : 1;
  })();

  const $ = (id) => document.getElementById(id);
  const transcript = $('transcript');
  const form = $('say');
  const input = $('text');
  const micButton = $('mic');
  const soundButton = $('sound');
  const handsFreeBox = $('handsfree');

  // ---- Who is talking: an id made once per browser, so a returning browser is the same user.
  const stored = {
    get: (key) => {
      try {
        return window.localStorage.getItem(key);
      } catch {
        return null; // Storage may be off: this visit is then a new user.
      }
    },
    set: (key, value) => {
      try {
        window.localStorage.setItem(key, value);
      } catch {
        // As above.
      }
    },
  };
  const ID_KEY = 'backcoach.conversationId';
  const newId = () => {
    if (window.crypto && typeof window.crypto.randomUUID === 'function') return window.crypto.randomUUID();
    // randomUUID needs a secure context (https or localhost); getRandomValues does not.
    const bytes = window.crypto.getRandomValues(new Uint8Array(16));
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  };
  const conversationId = (() => {
    let id = stored.get(ID_KEY);
    if (!id || !/^[A-Za-z0-9-]{1,64}$/.test(id)) {
      id = newId();
      stored.set(ID_KEY, id);
    }
    return id;
  })();

  // ---- Transcript
  const addLine = (who, text) => {
    const item = document.createElement('li');
    item.className = who;
    if (who === 'note') {
      item.textContent = text;
    } else {
      const label = document.createElement('span');
      label.className = 'who';
      label.textContent = who === 'you' ? 'You:' : 'Coach:';
      item.append(label, document.createTextNode(text));
    }
    transcript.append(item);
    transcript.scrollTop = transcript.scrollHeight;
    return item;
  };

  // ---- Status panel and card
  const capitalize = (text) => (text ? text[0].toUpperCase() + text.slice(1) : '');
  const number = (n) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
  let lastRendered = 0;

  const capText = (s) => {
    const strong = capitalize(s.strongSide || 'strong side');
    const measure = s.measure || 'reps';
    if (s.activity === 'test') {
      return s.cap === null ? `${strong}: after the weak side` : `${strong}: as many as you can`;
    }
    if (s.set === null) return `${strong}: sits out the finisher`;
    if (s.cap === null) return `${strong}: waits for the weak side's number`;
    const from = s.capFromSet !== null && s.capFromSet !== s.set ? ` (set ${s.capFromSet})` : '';
    return `${strong}: ${s.cap} ${measure}, then stop${from}`;
  };

  const renderStatus = (s) => {
    $('status').hidden = !s;
    $('status-empty').hidden = Boolean(s);
    if (!s) return;
    const activity = s.activity === 'test' ? (s.testKind === 'retest' ? 'Retest' : 'Baseline test') : 'Workout';
    $('st-activity').textContent = activity + (s.paused ? ' (paused)' : '');
    const weight = s.weight ? `, ${number(s.weight)} ${s.unit || ''}` : '';
    $('st-exercise').textContent = capitalize(s.exerciseName || '') + weight;
    if (s.activity === 'test') $('st-set').textContent = s.cap === null ? 'Weak side' : 'Strong side';
    else $('st-set').textContent = s.set === null ? 'Finisher, weak side only' : `${s.set} of ${s.sets}`;
    $('st-weak').textContent = s.side ? capitalize(s.side) : 'Not chosen yet';
    $('st-cap').textContent = capText(s);
    $('st-sofar').textContent = `${s.repsSoFar} ${s.measure || 'reps'}`;
  };

  /** The latest card (the safety notice, a test's result), open where there is room for it. */
  const roomy = window.matchMedia('(min-width: 50rem)');
  const renderCard = (card) => {
    if (!card) return;
    $('card').hidden = false;
    $('card').open = roomy.matches;
    $('card-title').textContent = card.title;
    $('card-text').textContent = card.text;
  };

  // ---- The coach's voice
  const synth = 'speechSynthesis' in window ? window.speechSynthesis : null;
  const MUTE_KEY = 'backcoach.muted';
  let voiceOn = Boolean(synth) && params.get('mute') !== '1' && stored.get(MUTE_KEY) !== '1';
  let speakingNow = false;
  let blockedNoted = false;

  const showVoice = () => {
    soundButton.setAttribute('aria-pressed', String(voiceOn));
    soundButton.textContent = voiceOn ? 'Voice on' : 'Voice off';
  };
  if (!synth) {
    soundButton.disabled = true;
    soundButton.textContent = 'No voice here';
  } else {
    showVoice();
  }
  soundButton.addEventListener('click', () => {
    voiceOn = !voiceOn;
    stored.set(MUTE_KEY, voiceOn ? '0' : '1');
    if (!voiceOn) synth.cancel();
    showVoice();
  });

  /** Says one sentence; resolves when it has been said, was cut short, or the voice failed. */
  const speakSentence = (text, signal) =>
    new Promise((resolve) => {
      if (!voiceOn || !synth || signal.aborted) return resolve();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = 'en-US';
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        speakingNow = false;
        clearTimeout(guard);
        signal.removeEventListener('abort', cut);
        resolve();
        listenIfHandsFree();
      };
      const cut = () => {
        synth.cancel();
        finish();
      };
      utterance.onend = finish;
      utterance.onerror = (event) => {
        if (event.error === 'not-allowed' && !blockedNoted) {
          blockedNoted = true;
          addLine('note', 'The browser keeps the voice off until you press a key or click on the page.');
        }
        finish();
      };
      // A voice that never reports its end must not stall the coach.
      const guard = setTimeout(finish, 5000 + text.split(/\s+/).length * 700);
      signal.addEventListener('abort', cut, { once: true });
      speakingNow = true;
      stopListeningForVoice();
      synth.speak(utterance);
    });

  /** Says a line a sentence at a time (some voices stop partway through a long utterance). */
  const speak = async (text, signal) => {
    for (const sentence of text.split(/(?<=[.!?])\s+/)) {
      if (signal.aborted || !voiceOn) return;
      await speakSentence(sentence, signal);
    }
  };

  // ---- The countdown
  const countdown = $('countdown');
  const LABELS = { rest: 'Rest', set: 'Set' };
  const clock = (seconds) => {
    const whole = Math.max(0, Math.ceil(seconds - 1e-6));
    return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
  };
  const showCountdown = (timer, left) => {
    countdown.hidden = false;
    countdown.className = `countdown ${timer.label}`;
    $('countdown-label').textContent = LABELS[timer.label] || 'Time';
    $('countdown-time').textContent = clock(left);
  };
  const hideCountdown = () => {
    countdown.hidden = true;
  };

  /** Waits out a pause at the page's speed; a timed one shows the countdown, updated as it runs. */
  const wait = (part, signal) =>
    new Promise((resolve) => {
      if (signal.aborted || speed === 0) return resolve();
      const timer = part.timer;
      if (timer) {
        showCountdown(timer, timer.endsIn);
        if (!timer.continued) $('countdown-news').textContent = `${LABELS[timer.label]}: ${Math.round(timer.endsIn)} seconds`;
      }
      const started = performance.now();
      const duration = (part.seconds * 1000) / speed;
      const tick = timer
        ? setInterval(() => showCountdown(timer, timer.endsIn - ((performance.now() - started) * speed) / 1000), Math.min(250, 1000 / speed))
        : null;
      const end = () => {
        clearTimeout(timeout);
        clearInterval(tick);
        signal.removeEventListener('abort', end);
        resolve();
      };
      const timeout = setTimeout(end, duration);
      signal.addEventListener('abort', end, { once: true });
    });

  // ---- Giving a reply
  let current = null;

  /** Cuts the reply being given short (the user talks over the coach). */
  const interrupt = () => {
    if (current) current.abort();
    current = null;
    if (synth) synth.cancel();
    hideCountdown();
  };

  const play = async (answer, signal) => {
    const parts = answer.parts;
    let i = 0;
    for (; i < parts.length && !signal.aborted; i++) {
      const part = parts[i];
      if (part.kind === 'text') {
        const next = parts[i + 1];
        // A cue inside a rest ("30 seconds.") keeps the countdown up.
        if (!(next && next.kind === 'pause' && next.timer && next.timer.continued)) hideCountdown();
        addLine('coach', part.text);
        await speak(part.text, signal);
      } else {
        await wait(part, signal);
      }
    }
    if (signal.aborted) {
      if (i < parts.length) addLine('note', '(interrupted)');
      return;
    }
    hideCountdown();
    if (answer.endSession) addLine('note', 'The coach has stopped listening. Say or type anything to start again.');
  };

  const post = async (path, body) => {
    const response = await fetch(`console/api/${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    let data = null;
    try {
      data = await response.json();
    } catch {
      // Not JSON: reported below.
    }
    if (!response.ok || !data) throw new Error((data && data.error) || `The server answered ${response.status}.`);
    return data;
  };

  let sent = 0;
  /** One exchange: send, show where the user stands, then give the reply. */
  const exchange = async (path, body, youLine) => {
    interrupt();
    const controller = new AbortController();
    current = controller;
    const seq = ++sent;
    transcript.setAttribute('aria-busy', 'true');
    let answer;
    try {
      answer = await post(path, body);
    } catch (error) {
      addLine('note', `Could not reach the coach: ${error.message}`);
      return;
    } finally {
      if (seq === sent) transcript.removeAttribute('aria-busy');
    }
    if (youLine && answer.heard) youLine.dataset.intent = answer.heard.intent;
    if (seq > lastRendered) {
      lastRendered = seq;
      renderStatus(answer.status);
      renderCard(answer.card);
    }
    await play(answer, controller.signal);
    if (current === controller) current = null;
    listenIfHandsFree();
  };

  const say = (text) => {
    const line = text.trim();
    if (!line) return;
    const youLine = addLine('you', line);
    void exchange('say', { text: line, conversationId }, youLine);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value;
    input.value = '';
    say(text);
    input.focus();
  });

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      interrupt();
      stopListening();
    }
  });

  // ---- Speaking to the coach (where the browser can hear)
  const Recognition = window.SpeechRecognition || window.webkitSpeechRecognition;
  let recognizer = null;
  let retry = null;

  const showMic = () => {
    const on = recognizer !== null;
    micButton.setAttribute('aria-pressed', String(on));
    micButton.textContent = on ? 'Listening…' : 'Talk';
  };

  const listen = () => {
    if (!Recognition || recognizer) return;
    const r = new Recognition();
    r.lang = 'en-US';
    r.interimResults = true;
    r.continuous = false;
    r.maxAlternatives = 1;
    r.onresult = (event) => {
      let heard = '';
      for (let i = event.resultIndex; i < event.results.length; i++) {
        const result = event.results[i];
        if (result.isFinal) say(result[0].transcript);
        else heard += result[0].transcript;
      }
      input.value = heard;
      if (heard) input.placeholder = '';
    };
    r.onerror = (event) => {
      if (event.error === 'not-allowed' || event.error === 'service-not-allowed' || event.error === 'audio-capture') {
        handsFreeBox.checked = false;
        addLine('note', 'The microphone is not available here (allow it for this page, or use https or localhost). Type instead.');
      } else if (event.error === 'network') {
        handsFreeBox.checked = false;
        addLine('note', "The browser's speech service cannot be reached. Type instead.");
      }
    };
    r.onend = () => {
      if (recognizer === r) recognizer = null;
      input.value = '';
      showMic();
      listenIfHandsFree();
    };
    recognizer = r;
    try {
      r.start();
    } catch {
      recognizer = null;
    }
    showMic();
  };

  const stopListening = () => {
    if (recognizer) recognizer.abort();
  };

  /** Hands-free: no listening while the coach's voice plays, or it hears itself. */
  function stopListeningForVoice() {
    if (handsFreeBox.checked) stopListening();
  }

  /** Hands-free: listen whenever the coach is not talking (during pauses too, so you can talk over a rest). */
  function listenIfHandsFree() {
    if (!Recognition || !handsFreeBox.checked || speakingNow || recognizer) return;
    clearTimeout(retry);
    retry = setTimeout(() => {
      if (handsFreeBox.checked && !speakingNow) listen();
    }, 300);
  }

  if (Recognition) {
    micButton.hidden = false;
    $('handsfree-label').hidden = false;
    micButton.addEventListener('click', () => {
      if (recognizer) {
        stopListening();
        return;
      }
      interrupt();
      listen();
    });
    handsFreeBox.addEventListener('change', () => {
      if (handsFreeBox.checked) listenIfHandsFree();
      else stopListening();
    });
  } else {
    $('hint').textContent += ' This browser cannot listen, so type your answers (Chrome, Edge and Safari can listen).';
  }

  // ---- Start: "Alexa, open Back Coach"
  void exchange('open', { conversationId }, null);
})();
