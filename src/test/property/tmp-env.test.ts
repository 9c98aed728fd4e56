it('env', () => { console.log('FC_SEED=', import.meta.env.FC_SEED); });
