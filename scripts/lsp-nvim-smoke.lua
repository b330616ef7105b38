-- Run by scripts/lsp-nvim-smoke: Neovim (0.7 or later, headless) drives `concord lsp` with the configuration
-- of docs/lsp.md. Opens DIR/story.en.txt, lists its diagnostics, applies the quick fix for "Kiev", waits for
-- the re-check and hovers a finding.
local function out(s) io.stdout:write(s .. "\n") end
local concord = vim.lsp.start_client({
  name = 'concord', cmd = { os.getenv('CONCORD'), 'lsp' }, root_dir = os.getenv('DIR'),
  init_options = { concord = { targetLang = 'en' } },
})
vim.cmd('edit ' .. os.getenv('DIR') .. '/story.en.txt')
local buf = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buf, concord)
local t0 = vim.loop.hrtime()
vim.wait(60000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
out(string.format('diagnostics after open: %d (%.0f ms)', #vim.diagnostic.get(buf), (vim.loop.hrtime() - t0) / 1e6))
for _, d in ipairs(vim.diagnostic.get(buf)) do
  out(string.format('  %d:%d %s %s', d.lnum + 1, d.col + 1, d.code or d.user_data and d.user_data.lsp.code or '?', d.message))
end
-- the quick fix for "Kiev" on line 25
local line = vim.api.nvim_buf_get_lines(buf, 24, 25, false)[1]
local col = line:find('Kiev') - 1
local params = { textDocument = vim.lsp.util.make_text_document_params(buf),
  range = { start = { line = 24, character = col }, ['end'] = { line = 24, character = col + 4 } },
  context = { diagnostics = {} } }
local actions = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 10000)
for _, r in pairs(actions or {}) do
  for _, a in ipairs(r.result or {}) do
    out('code action: ' .. a.title)
    vim.lsp.util.apply_workspace_edit(a.edit, 'utf-16')
  end
end
out('line 25 now: ' .. vim.api.nvim_buf_get_lines(buf, 24, 25, false)[1]:sub(1, 40))
local before = #vim.diagnostic.get(buf)
t0 = vim.loop.hrtime()
vim.wait(60000, function() return #vim.diagnostic.get(buf) == before - 1 end, 10)
out(string.format('diagnostics after the edit: %d (%.0f ms after the change)', #vim.diagnostic.get(buf), (vim.loop.hrtime() - t0) / 1e6))
local hover = vim.lsp.buf_request_sync(buf, 'textDocument/hover',
  { textDocument = vim.lsp.util.make_text_document_params(buf), position = { line = 10, character = 55 } }, 10000)
for _, r in pairs(hover or {}) do
  if r.result then out('hover: ' .. vim.split(r.result.contents.value, '\n')[1]) end
end
vim.cmd('qa!')
