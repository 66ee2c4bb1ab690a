/**
 * The script a school site adds once, after its Shejire iframes, so each frame takes the
 * height its page reports (postMessage {type: 'shejire:height', height}). It checks that the
 * message comes from one of those frames, so another frame cannot resize them. Kept as a
 * string so EmbedDialog can show it and the README can quote it; 20 lines at most.
 */
export const EMBED_RESIZE_SNIPPET = `<script>
window.addEventListener('message', function (e) {
  var d = e.data;
  if (!d || d.type !== 'shejire:height' || typeof d.height !== 'number') return;
  var frames = document.querySelectorAll('iframe[data-shejire-embed]');
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].contentWindow === e.source) {
      frames[i].style.height = Math.max(200, Math.min(5000, Math.ceil(d.height))) + 'px';
    }
  }
});
</script>`;
