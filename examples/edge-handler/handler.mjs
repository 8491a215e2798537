// An edge-style fetch handler (Cloudflare Workers, Vercel Edge, Deno Deploy, a service worker):
// POST the text of a news page, get its Article as JSON. Uses only web-standard APIs.
import { parseArticle } from "khabar";

export default {
  /**
   * @param {Request} request
   * @returns {Promise<Response>}
   */
  async fetch(request) {
    if (request.method !== "POST") {
      return new Response("POST the text of an Arabic news page\n", {
        status: 405,
        headers: { allow: "POST" },
      });
    }
    const article = parseArticle(await request.text());
    return new Response(JSON.stringify(article), {
      headers: { "content-type": "application/json; charset=utf-8" },
    });
  },
};
