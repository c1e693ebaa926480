//! The weights file: a little-endian binary layout with a magic header and a version.
//!
//! `DSTANCE\0` · u32 version · u32 n_terms · n_terms × (u16 len, UTF-8 bytes) · n_terms × f32 idf
//! · u32 n_input · u32 n_dense · n_dense × f32 mean · n_dense × f32 std · u32 n_in · u32 n_hid
//! · w1 · b1 · w2 · b2 (f32) · 4 × f32 class bias · u32 has_headline_head · [u32 n_in · u32 n_hid
//! · w1 · b1 · w2 · b2].

use crate::features::{Vocab, N_DENSE};
use crate::mlp::{Mlp, N_OUT};
use crate::{ModelError, StanceModel};

const MAGIC: &[u8; 8] = b"DSTANCE\0";
const VERSION: u32 = 2;

pub fn encode(m: &StanceModel) -> Vec<u8> {
    let mut b = Vec::new();
    b.extend_from_slice(MAGIC);
    put_u32(&mut b, VERSION);
    put_u32(&mut b, m.vocab.terms.len() as u32);
    for t in &m.vocab.terms {
        let bytes = &t.as_bytes()[..t.len().min(u16::MAX as usize)];
        b.extend_from_slice(&(bytes.len() as u16).to_le_bytes());
        b.extend_from_slice(bytes);
    }
    put_f32s(&mut b, &m.vocab.idf);
    put_u32(&mut b, m.vocab.n_input as u32);
    put_u32(&mut b, m.mean.len() as u32);
    put_f32s(&mut b, &m.mean);
    put_f32s(&mut b, &m.std);
    put_u32(&mut b, m.net.n_in as u32);
    put_u32(&mut b, m.net.n_hid as u32);
    put_f32s(&mut b, &m.net.w1);
    put_f32s(&mut b, &m.net.b1);
    put_f32s(&mut b, &m.net.w2);
    put_f32s(&mut b, &m.net.b2);
    put_f32s(&mut b, &m.bias);
    match &m.headline_head {
        None => put_u32(&mut b, 0),
        Some(h) => {
            put_u32(&mut b, 1);
            put_net(&mut b, h);
        }
    }
    b
}

fn put_net(b: &mut Vec<u8>, n: &Mlp) {
    put_u32(b, n.n_in as u32);
    put_u32(b, n.n_hid as u32);
    put_f32s(b, &n.w1);
    put_f32s(b, &n.b1);
    put_f32s(b, &n.w2);
    put_f32s(b, &n.b2);
}

fn read_net(r: &mut Reader<'_>, max: usize) -> Result<Mlp, ModelError> {
    let n_in = r.count(max, "inputs")?;
    let n_hid = r.count(max, "hidden units")?;
    let n_w1 = n_in.checked_mul(n_hid).ok_or(ModelError::Truncated)?;
    Ok(Mlp {
        n_in,
        n_hid,
        w1: r.f32s(n_w1)?,
        b1: r.f32s(n_hid)?,
        w2: r.f32s(n_hid * N_OUT)?,
        b2: r.f32s(N_OUT)?,
    })
}

fn put_u32(b: &mut Vec<u8>, v: u32) {
    b.extend_from_slice(&v.to_le_bytes());
}

fn put_f32s(b: &mut Vec<u8>, v: &[f32]) {
    for x in v {
        b.extend_from_slice(&x.to_le_bytes());
    }
}

struct Reader<'a> {
    b: &'a [u8],
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        if self.b.len() < n {
            return Err(ModelError::Truncated);
        }
        let (h, t) = self.b.split_at(n);
        self.b = t;
        Ok(h)
    }
    fn u32(&mut self) -> Result<u32, ModelError> {
        let s = self.take(4)?;
        Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
    fn count(&mut self, max: usize, what: &str) -> Result<usize, ModelError> {
        let n = self.u32()? as usize;
        if n > max {
            return Err(ModelError::Invalid(format!("{what} = {n} is out of range")));
        }
        Ok(n)
    }
    fn f32s(&mut self, n: usize) -> Result<Vec<f32>, ModelError> {
        let bytes = n.checked_mul(4).ok_or(ModelError::Truncated)?;
        let s = self.take(bytes)?;
        let v: Vec<f32> = s
            .chunks_exact(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        if v.iter().any(|x| !x.is_finite()) {
            return Err(ModelError::Invalid("non-finite weight".into()));
        }
        Ok(v)
    }
}

pub fn decode(bytes: &[u8]) -> Result<StanceModel, ModelError> {
    let mut r = Reader { b: bytes };
    if r.take(MAGIC.len()).map_err(|_| ModelError::BadMagic)? != MAGIC {
        return Err(ModelError::BadMagic);
    }
    let version = r.u32()?;
    // version 1 files (no headline stage) are still read
    if version != VERSION && version != 1 {
        return Err(ModelError::Version(version));
    }
    let n_terms = r.count(bytes.len() / 2, "term count")?;
    let mut terms = Vec::with_capacity(n_terms);
    for _ in 0..n_terms {
        let l = r.take(2)?;
        let len = u16::from_le_bytes([l[0], l[1]]) as usize;
        let s = std::str::from_utf8(r.take(len)?)
            .map_err(|_| ModelError::Invalid("term is not UTF-8".into()))?;
        terms.push(s.to_string());
    }
    let idf = r.f32s(n_terms)?;
    let n_input = r.count(n_terms, "input terms")?;
    let n_dense = r.count(N_DENSE, "dense features")?;
    if n_dense != N_DENSE {
        return Err(ModelError::Invalid(format!(
            "{n_dense} dense features, this build computes {N_DENSE}"
        )));
    }
    let mean = r.f32s(n_dense)?;
    let std = r.f32s(n_dense)?;
    let net = read_net(&mut r, bytes.len() / 4)?;
    if net.n_in != StanceModel::n_in(n_input) {
        return Err(ModelError::Invalid(format!(
            "network has {} inputs, vocabulary implies {}",
            net.n_in,
            StanceModel::n_in(n_input)
        )));
    }
    let bias_v = r.f32s(4)?;
    let flag = if version == 1 { 0 } else { r.u32()? };
    let headline_head = match flag {
        0 => None,
        1 => {
            let h = read_net(&mut r, bytes.len() / 4)?;
            if h.n_in != net.n_hid + N_DENSE + N_OUT {
                return Err(ModelError::Invalid(
                    "headline stage does not fit the network".into(),
                ));
            }
            Some(h)
        }
        f => return Err(ModelError::Invalid(format!("bad headline-stage flag {f}"))),
    };
    if !r.b.is_empty() {
        return Err(ModelError::Invalid(format!("{} trailing bytes", r.b.len())));
    }
    let bias = [bias_v[0], bias_v[1], bias_v[2], bias_v[3]];
    Ok(StanceModel {
        vocab: Vocab::new(terms, idf, n_input),
        mean,
        std,
        net,
        bias,
        headline_head,
    })
}
